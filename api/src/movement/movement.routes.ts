/**
 * The dashboards' tables as files: GET /movement/kpis.(csv|xlsx)?year=&phaseId=&by= and
 * GET /movement/scoreboard.(csv|xlsx)?year=&phaseId= — the same figures as the screens, with the
 * same access rules (the hub; a unit head gets their own scoreboard row).
 */
import type { Express, Request, Response } from 'express';
import ExcelJS from 'exceljs';
import type { Context } from '../context.js';
import { AppError, BadInputError, ErrorCode } from '../common/errors.js';
import type { ContextFor } from '../common/http.js';
import { Programme } from '../pilot/pilot.enums.js';
import { KpiDimension, TargetMetric } from './movement.enums.js';
import { movementKpis } from './dashboard.service.js';
import { METRIC_LABEL, scoreboard } from './scoreboard.service.js';
import { METRICS } from './kpi.service.js';

const DIMENSION_LABEL: Record<KpiDimension, string> = {
  UNIT: 'Đơn vị',
  AREA_TYPE: 'Loại địa bàn',
  FIELD: 'Lĩnh vực',
  PARTICIPANT_GROUP: 'Nhóm đối tượng',
  MONTH: 'Tháng',
};

const CRITERION_SHORT = ['a) Tham gia', 'b) Ý tưởng', 'c) Hiệu quả', 'd) Lan tỏa', 'đ) Tác động'];

const TARGET_LABEL: Record<TargetMetric, string> = {
  RECEIVED: 'Chỉ tiêu: ý tưởng tiếp nhận',
  RESPONSE_RATE: 'Chỉ tiêu: tỷ lệ phản hồi (%)',
  ACCEPTED: 'Chỉ tiêu: đưa ra Hội đồng',
  PILOTS: 'Chỉ tiêu: thử nghiệm',
  APPLICATIONS: 'Chỉ tiêu: ứng dụng',
  SCALINGS: 'Chỉ tiêu: nhân rộng',
  HONOURS: 'Chỉ tiêu: vinh danh',
};

type Cell = string | number | null;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function period(req: Request): { year: number; phaseId: string | null } {
  const year = Number(req.query.year);
  const phaseId =
    typeof req.query.phaseId === 'string' && req.query.phaseId ? req.query.phaseId : null;
  return { year, phaseId };
}

/** CSV as spreadsheets open it: UTF-8 with a byte-order mark, quoted where needed. */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

async function toXlsx(title: string, rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khơi Nguồn';
  const ws = wb.addWorksheet(title.slice(0, 31).replace(/[\\/*?:[\]]/g, ' '));
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 36 : 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function send(res: Response, name: string, format: string, rows: Cell[][]) {
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(toCsv(rows));
  } else if (format === 'xlsx') {
    res.setHeader(
      'Content-Type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(await toXlsx(name, rows));
  } else {
    throw new AppError(ErrorCode.NOT_FOUND, 'Chỉ xuất được định dạng CSV hoặc XLSX.');
  }
}

export async function kpiRows(
  ctx: Context,
  req: Request,
): Promise<{ name: string; rows: Cell[][] }> {
  const by = String(req.query.by ?? 'UNIT') as KpiDimension;
  if (!Object.values(KpiDimension).includes(by))
    throw new BadInputError({ by: 'Chiều tổng hợp không hợp lệ.' });
  const table = await movementKpis(ctx, period(req), by);
  const metrics = METRICS;
  const targets = Object.values(TargetMetric);
  const header: Cell[] = [
    DIMENSION_LABEL[by],
    ...metrics.map((m) => capitalise(METRIC_LABEL[m])),
    'Tỷ lệ phản hồi (%)',
    ...targets.map((m) => TARGET_LABEL[m]),
  ];
  const line = (
    label: string,
    f: (typeof table.rows)[number]['figures'],
    tv: { metric: TargetMetric; value: number }[],
  ): Cell[] => [
    label,
    ...metrics.map((m) => f[m]),
    f.responseRate === null ? null : Math.round(f.responseRate * 1000) / 10,
    ...targets.map((m) => tv.find((x) => x.metric === m)?.value ?? null),
  ];
  return {
    name: `so-lieu-phong-trao-${table.period.key.replace(':', '-')}-${by.toLowerCase()}`,
    rows: [
      header,
      ...table.rows.map((r) => line(r.label, r.figures, r.targets)),
      line('Cả xã', table.total, table.totalTargets),
    ],
  };
}

export async function scoreboardRows(
  ctx: Context,
  req: Request,
): Promise<{ name: string; rows: Cell[][] }> {
  const board = await scoreboard(ctx, period(req));
  const header: Cell[] = [
    'Hạng',
    'Đơn vị',
    'Tổng điểm',
    ...CRITERION_SHORT.flatMap((c) => [`${c}: giá trị`, `${c}: điểm`]),
    ...METRICS.map((m) => capitalise(METRIC_LABEL[m])),
    ...Object.values(Programme).map((p) => `Chương trình ${p}`),
  ];
  return {
    name: `bang-diem-thi-dua-${board.periodKey.replace(':', '-')}${board.frozenAt ? '-da-chot' : ''}`,
    rows: [
      header,
      ...board.rows.map((r) => [
        r.rank,
        r.unitName,
        r.total,
        ...r.cells.flatMap((c) => [c.raw, c.score]),
        ...METRICS.map((m) => r.figures[m]),
        ...Object.values(Programme).map((p) => r.byProgramme[p] ?? 0),
      ]),
    ],
  };
}

export function registerMovementRoutes(app: Express, deps: { contextFor: ContextFor<Context> }) {
  const { contextFor } = deps;
  app.get('/movement/kpis.:format', async (req, res) => {
    const ctx = await contextFor(req, 'tải bảng số liệu phong trào');
    const { name, rows } = await kpiRows(ctx, req);
    await send(res, name, String(req.params.format), rows);
  });
  app.get('/movement/scoreboard.:format', async (req, res) => {
    const ctx = await contextFor(req, 'tải bảng điểm thi đua');
    const { name, rows } = await scoreboardRows(ctx, req);
    await send(res, name, String(req.params.format), rows);
  });
}
