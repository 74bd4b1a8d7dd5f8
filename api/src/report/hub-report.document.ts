/**
 * What a hub report says: its figures compiled from the data of its period (ideas, units, fields,
 * money, complaints, the units' accepted reports), the document in Decree 30/2020 layout and the
 * XLSX annex with every table. The figures are kept with the report, so an issued report's files
 * and its `data` always agree.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Context } from '../context.js';
import { administrativeDate } from '../common/text.js';
import type { AdminDocument, Block } from '../documents/admin.document.js';
import { amountInWords } from '../documents/vietnamese-number-words.js';
import { AWARD_FORM_LABEL, type AwardForm } from '../award/award.enums.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { documentFrame } from '../tenant/tenant.service.js';
import { KpiDimension } from '../movement/movement.enums.js';
import { kpiTable } from '../movement/dashboard.service.js';
import { loadFacts } from '../movement/kpi.service.js';
import { awardPayments, spendingByLevel, spendingTotals } from '../funding/funding.service.js';
import { BudgetLevel, SpendingActivity } from '../funding/funding.entity.js';
import { factsPeriod } from './unit-report.service.js';
import { UnitReport, type HubReport } from './report.entity.js';
import { HubReportKind, ReportFrequency, UnitReportStatus } from './report.enums.js';
import { customPeriod, periodContaining, type ReportPeriod } from './report-periods.js';

/** A quarter, a half-year or a year by its name; any other range by its days. */
export function namedPeriod(from: string, to: string): ReportPeriod {
  for (const f of Object.values(ReportFrequency)) {
    const p = periodContaining(f, from);
    if (p.from === from && p.to === to) return p;
  }
  return customPeriod(from, to);
}

export const ACTIVITY_LABEL: Record<SpendingActivity, string> = {
  PROPAGANDA: 'Tuyên truyền, phát động',
  COUNCIL: 'Hoạt động của Hội đồng tư vấn',
  SUPPORT: 'Tư vấn, hỗ trợ hoàn thiện ý tưởng',
  PILOT: 'Thử nghiệm, ứng dụng',
  AWARD: 'Khen thưởng',
  OTHER: 'Khác',
};

export const SOURCE_LABEL: Record<FundingSource, string> = {
  STATE_BUDGET: 'Ngân sách nhà nước',
  SOCIALISED: 'Xã hội hóa',
  SPONSORSHIP: 'Tài trợ hợp pháp',
  OTHER: 'Lồng ghép chương trình, nguồn khác',
};

export const LEVEL_LABEL: Record<BudgetLevel, string> = {
  CENTRAL: 'Ngân sách trung ương',
  PROVINCE: 'Ngân sách tỉnh',
  COMMUNE: 'Ngân sách xã',
};

export interface ReportData {
  period: ReportPeriod;
  total: {
    received: number;
    eligible: number;
    answered: number;
    responseRate: number | null;
    accepted: number;
    supported: number;
    pilots: number;
    applications: number;
    scalings: number;
    honours: number;
    participants: number;
    activities: number;
    audience: number;
  };
  byUnit: {
    unit: string;
    received: number;
    answered: number;
    pilots: number;
    applications: number;
    honours: number;
    reports: string;
  }[];
  byField: { field: string; received: number; accepted: number; pilots: number; honours: number }[];
  spending: {
    byActivity: { label: string; estimate: number; actual: number }[];
    bySource: { label: string; estimate: number; actual: number }[];
    byLevel: { label: string; actual: number }[];
    total: { estimate: number; actual: number };
  };
  awards: { decision: string; date: string; form: string; paidOn: string; amount: number }[];
  feedback: {
    received: number;
    answered: number;
    escalated: number;
    open: number;
    overdue: number;
  };
  unitReports: {
    accepted: number;
    submitted: number;
    returned: number;
    notes: { unit: string; period: string; difficulties: string; proposals: string }[];
  };
}

const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const pct = (r: number | null) =>
  r === null
    ? '—'
    : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(r * 100)}%`;
const day = (d: string) => d.split('-').reverse().join('/');

/** Compiles the report's figures (the background job's first step). */
export async function compileReportData(
  em: EntityManager,
  tenantId: string,
  report: Pick<HubReport, 'periodFrom' | 'periodTo'>,
  now: Date,
): Promise<ReportData> {
  // The compilers read only the entity manager and the commune.
  const ctx = { em, tenant: { id: tenantId } } as unknown as Context;
  const period = namedPeriod(report.periodFrom, report.periodTo);
  const fp = factsPeriod(period);
  const range = { from: report.periodFrom, to: report.periodTo };
  const facts = await loadFacts(ctx, fp);
  const [units, fields, totals, levels, awards, feedbackRows, unitReports] = await Promise.all([
    kpiTable(ctx, fp, KpiDimension.UNIT, facts),
    kpiTable(ctx, fp, KpiDimension.FIELD, facts),
    spendingTotals(ctx, range),
    spendingByLevel(ctx, range),
    awardPayments(ctx, range),
    em.execute<{ status: string; overdue: boolean; n: string }[]>(
      `select status, (status = 'RECEIVED' and due_at < ?) as overdue, count(*) as n
         from handling_feedback where tenant_id = ? and created_at >= ? and created_at < ?
        group by 1, 2`,
      [now, tenantId, fp.from, fp.to],
    ),
    em.find(
      UnitReport,
      { tenant: tenantId, periodFrom: { $gte: range.from }, periodTo: { $lte: range.to } },
      { populate: ['unit'], orderBy: { periodFrom: 'asc' } },
    ),
  ]);
  const t = units.total;
  const reportsOf = new Map<string, UnitReport[]>();
  for (const r of unitReports) {
    const list = reportsOf.get(r.unit.id) ?? [];
    list.push(r);
    reportsOf.set(r.unit.id, list);
  }
  const fb = (pred: (r: { status: string; overdue: boolean }) => boolean) =>
    feedbackRows.filter(pred).reduce((s, r) => s + Number(r.n), 0);
  const spendingRow = (a: string | null, s: string | null) =>
    totals.find((x) => x.activity === a && x.source === s) ?? { estimate: 0, actual: 0 };
  const accepted = unitReports.filter((r) => r.status === UnitReportStatus.ACCEPTED);
  return {
    period,
    total: {
      received: t.received,
      eligible: t.eligible,
      answered: t.answered,
      responseRate: t.responseRate,
      accepted: t.accepted,
      supported: t.supported,
      pilots: t.pilots,
      applications: t.applications,
      scalings: t.scalings,
      honours: t.honours,
      participants: t.participants,
      activities: t.activities,
      audience: t.audience,
    },
    byUnit: units.rows.map((r) => {
      const rs = reportsOf.get(r.key) ?? [];
      return {
        unit: r.label,
        received: r.figures.received,
        answered: r.figures.answered,
        pilots: r.figures.pilots,
        applications: r.figures.applications,
        honours: r.figures.honours,
        reports: rs.length
          ? `${rs.filter((x) => x.status === UnitReportStatus.ACCEPTED).length}/${rs.length} đã tiếp nhận`
          : 'Chưa có',
      };
    }),
    byField: fields.rows.map((r) => ({
      field: r.label,
      received: r.figures.received,
      accepted: r.figures.accepted,
      pilots: r.figures.pilots,
      honours: r.figures.honours,
    })),
    spending: {
      byActivity: Object.values(SpendingActivity).map((a) => ({
        label: ACTIVITY_LABEL[a],
        ...pick(spendingRow(a, null)),
      })),
      bySource: Object.values(FundingSource).map((s) => ({
        label: SOURCE_LABEL[s],
        ...pick(spendingRow(null, s)),
      })),
      byLevel: levels.map((l) => ({
        label: l.level ? LEVEL_LABEL[l.level] : 'Chưa ghi cấp ngân sách',
        actual: l.amount,
      })),
      total: pick(spendingRow(null, null)),
    },
    awards: awards.map((a) => ({
      decision: a.decisionNumber ?? '',
      date: a.decisionDate ? day(a.decisionDate) : '',
      form: AWARD_FORM_LABEL[a.form as AwardForm] ?? a.form,
      paidOn: day(a.paidOn),
      amount: a.amount,
    })),
    feedback: {
      received: fb(() => true),
      answered: fb((r) => r.status === 'ANSWERED'),
      escalated: fb((r) => r.status === 'ESCALATED'),
      open: fb((r) => r.status === 'RECEIVED'),
      overdue: fb((r) => r.overdue),
    },
    unitReports: {
      accepted: accepted.length,
      submitted: unitReports.filter((r) => r.status === UnitReportStatus.SUBMITTED).length,
      returned: unitReports.filter((r) => r.status === UnitReportStatus.RETURNED).length,
      notes: accepted
        .filter((r) => r.difficulties || r.proposals)
        .map((r) => ({
          unit: r.unit.getEntity().name,
          period: `${day(r.periodFrom)} – ${day(r.periodTo)}`,
          difficulties: r.difficulties,
          proposals: r.proposals,
        })),
    },
  };
}

function pick(r: { estimate: number; actual: number }) {
  return { estimate: r.estimate, actual: r.actual };
}

const KIND_TITLE: Record<HubReportKind, string> = {
  PERIODIC: 'Kết quả thực hiện phong trào thi đua',
  MID_TERM: 'Sơ kết thực hiện phong trào thi đua',
  FINAL: 'Tổng kết thực hiện phong trào thi đua',
};

export function defaultTitle(kind: HubReportKind, campaignTitle: string | null): string {
  return `${KIND_TITLE[kind]} ${campaignTitle ? `“${campaignTitle}”` : 'đổi mới sáng tạo'}`;
}

const paras = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'para' as const, text: t, indent: true }));

/** The report as a Decree 30 document. */
export async function reportDocument(
  em: EntityManager,
  tenantId: string,
  report: HubReport,
  data: ReportData,
): Promise<AdminDocument> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  const { authority, place } = documentFrame(tenant);
  const t = data.total;
  const s = data.spending;
  const blocks: Block[] = [
    {
      kind: 'para',
      indent: true,
      text: `${authority} báo cáo kết quả thực hiện phong trào ${data.period.label}, tổng hợp từ số liệu trên nền tảng Khơi Nguồn và báo cáo của các đơn vị, như sau:`,
    },
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'heading', text: '1. Tiếp nhận, xử lý và phản hồi ý tưởng' },
    {
      kind: 'para',
      indent: true,
      text: `Tiếp nhận ${num(t.received)} ý tưởng của ${num(t.participants)} người đề xuất; ${num(t.eligible)} ý tưởng thuộc diện phản hồi, đã phản hồi ${num(t.answered)} (tỷ lệ ${pct(t.responseRate)}); đưa ra Hội đồng tư vấn ${num(t.accepted)}; hỗ trợ hoàn thiện ${num(t.supported)}; thử nghiệm ${num(t.pilots)}; ứng dụng ${num(t.applications)} lượt; nhân rộng ${num(t.scalings)} lượt; vinh danh ${num(t.honours)} ý tưởng. Các đơn vị tổ chức ${num(t.activities)} hoạt động với ${num(t.audience)} lượt người tham dự.`,
    },
    {
      kind: 'table',
      table: {
        headers: ['TT', 'Chỉ tiêu', 'Kết quả'],
        widths: [1, 7, 2],
        rows: [
          ['Ý tưởng tiếp nhận', num(t.received)],
          ['Ý tưởng thuộc diện phản hồi', num(t.eligible)],
          ['Ý tưởng đã phản hồi', num(t.answered)],
          ['Tỷ lệ phản hồi', pct(t.responseRate)],
          ['Đưa ra Hội đồng tư vấn', num(t.accepted)],
          ['Hỗ trợ hoàn thiện', num(t.supported)],
          ['Thử nghiệm', num(t.pilots)],
          ['Lượt ứng dụng', num(t.applications)],
          ['Lượt nhân rộng', num(t.scalings)],
          ['Ý tưởng được vinh danh', num(t.honours)],
          ['Người đề xuất', num(t.participants)],
          ['Hoạt động phong trào', num(t.activities)],
          ['Lượt người tham dự', num(t.audience)],
        ].map((r, i) => [String(i + 1), ...r]),
      },
    },
    { kind: 'heading', text: '2. Kết quả theo đơn vị' },
    {
      kind: 'table',
      table: {
        headers: [
          'Đơn vị',
          'Tiếp nhận',
          'Phản hồi',
          'Thử nghiệm',
          'Ứng dụng',
          'Vinh danh',
          'Báo cáo',
        ],
        widths: [4, 2, 2, 2, 2, 2, 3],
        rows: [
          ...data.byUnit
            .filter((u) => u.received || u.pilots || u.applications || u.reports !== 'Chưa có')
            .map((u) => [
              u.unit,
              num(u.received),
              num(u.answered),
              num(u.pilots),
              num(u.applications),
              num(u.honours),
              u.reports,
            ]),
        ],
      },
    },
    {
      kind: 'para',
      italic: true,
      text: `(Đơn vị không có số liệu trong kỳ không ghi trong bảng; đủ ${num(data.byUnit.length)} đơn vị tại Phụ lục, bảng "Theo đơn vị".)`,
    },
    { kind: 'heading', text: '3. Kết quả theo lĩnh vực' },
    {
      kind: 'table',
      table: {
        headers: ['Lĩnh vực', 'Tiếp nhận', 'Đưa ra Hội đồng', 'Thử nghiệm', 'Vinh danh'],
        widths: [5, 2, 2, 2, 2],
        rows: data.byField.map((f) => [
          f.field,
          num(f.received),
          num(f.accepted),
          num(f.pilots),
          num(f.honours),
        ]),
      },
    },
    { kind: 'heading', text: '4. Kinh phí thực hiện' },
    {
      kind: 'para',
      indent: true,
      text: `Tổng dự toán ${num(s.total.estimate)} đồng; tổng thực chi ${num(s.total.actual)} đồng (bằng chữ: ${amountInWords(s.total.actual)}).`,
    },
    {
      kind: 'table',
      table: {
        headers: ['Hoạt động', 'Dự toán (đồng)', 'Thực chi (đồng)'],
        widths: [5, 3, 3],
        rows: [
          ...s.byActivity.map((r) => [r.label, num(r.estimate), num(r.actual)]),
          ['Tổng cộng', num(s.total.estimate), num(s.total.actual)],
        ],
      },
    },
    {
      kind: 'table',
      table: {
        headers: ['Nguồn kinh phí', 'Dự toán (đồng)', 'Thực chi (đồng)'],
        widths: [5, 3, 3],
        rows: [
          ...s.bySource.map((r) => [r.label, num(r.estimate), num(r.actual)]),
          ...s.byLevel.map((r) => [`— trong đó ${r.label.toLowerCase()}`, '', num(r.actual)]),
          ['Tổng cộng', num(s.total.estimate), num(s.total.actual)],
        ],
      },
    },
    ...(data.awards.length
      ? [
          {
            kind: 'para' as const,
            indent: true,
            text: `Chi khen thưởng theo ${num(data.awards.length)} quyết định, tổng ${num(data.awards.reduce((a, b) => a + b.amount, 0))} đồng (chi tiết tại Phụ lục, bảng "Khen thưởng").`,
          },
        ]
      : []),
    { kind: 'heading', text: '5. Tiếp nhận, giải quyết phản ánh, kiến nghị' },
    {
      kind: 'para',
      indent: true,
      text: `Tiếp nhận ${num(data.feedback.received)} phản ánh, kiến nghị về việc tiếp nhận, đánh giá, sử dụng ý tưởng; đã trả lời ${num(data.feedback.answered)}; chuyển giải quyết tranh chấp quyền tác giả ${num(data.feedback.escalated)}; đang xem xét ${num(data.feedback.open)}${data.feedback.overdue ? `, trong đó ${num(data.feedback.overdue)} quá hạn` : ''}.`,
    },
    { kind: 'heading', text: '6. Báo cáo của các đơn vị' },
    {
      kind: 'para',
      indent: true,
      text: `Trong kỳ, cơ quan đầu mối đã tiếp nhận ${num(data.unitReports.accepted)} báo cáo của các đơn vị; ${num(data.unitReports.submitted)} báo cáo đang xem xét; ${num(data.unitReports.returned)} báo cáo trả lại để bổ sung.`,
    },
    ...data.unitReports.notes.flatMap((n): Block[] => [
      {
        kind: 'para',
        indent: true,
        text: `${n.unit} (${n.period}): ${[n.difficulties && `khó khăn, vướng mắc: ${n.difficulties}`, n.proposals && `đề xuất: ${n.proposals}`].filter(Boolean).join('; ')}.`,
      },
    ]),
    { kind: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' },
    ...(paras(report.assessment).length
      ? paras(report.assessment)
      : [{ kind: 'para' as const, indent: true, text: '(Chưa có nội dung đánh giá.)' }]),
    ...(report.shortcomings.trim()
      ? [{ kind: 'heading' as const, text: 'Tồn tại, hạn chế' }, ...paras(report.shortcomings)]
      : []),
    { kind: 'heading', text: 'III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI' },
    ...(paras(report.nextTasks).length
      ? paras(report.nextTasks)
      : [{ kind: 'para' as const, indent: true, text: '(Chưa có nội dung.)' }]),
    ...(report.proposals.trim()
      ? [{ kind: 'heading' as const, text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' }, ...paras(report.proposals)]
      : []),
    {
      kind: 'para',
      indent: true,
      text: `Trên đây là báo cáo ${KIND_TITLE[report.kind].toLowerCase()} ${data.period.label} của ${authority}./.`,
    },
  ];
  return {
    authority: authority.toUpperCase(),
    body: '',
    number: `Số: ${report.numberSymbol || '      /BC-UBND'}`,
    placeDate: administrativeDate(place, new Date(`${report.documentDate}T12:00:00+07:00`)),
    title: 'BÁO CÁO',
    subtitle: `${report.title} (${data.period.label})${report.version > 1 ? ` — phiên bản ${report.version}` : ''}`,
    blocks,
    signatures: [{ role: report.signerTitle, name: report.signerName }],
    recipients: report.recipients,
  };
}

type Cell = string | number | null;

/** The annex: every table of the report as a worksheet, with its total rows. */
export async function reportAnnex(report: HubReport, data: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khơi Nguồn';
  wb.title = `Phụ lục — ${report.title}`;
  const sheet = (name: string, header: Cell[], rows: Cell[][], widths: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`${report.title} — ${data.period.label}`]).font = { bold: true };
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.views = [{ state: 'frozen', ySplit: 2 }];
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    return ws;
  };
  const t = data.total;
  sheet(
    'Tổng hợp',
    ['Chỉ tiêu', 'Kết quả'],
    [
      ['Ý tưởng tiếp nhận', t.received],
      ['Ý tưởng thuộc diện phản hồi', t.eligible],
      ['Ý tưởng đã phản hồi', t.answered],
      [
        'Tỷ lệ phản hồi (%)',
        t.responseRate === null ? null : Math.round(t.responseRate * 1000) / 10,
      ],
      ['Đưa ra Hội đồng tư vấn', t.accepted],
      ['Hỗ trợ hoàn thiện', t.supported],
      ['Thử nghiệm', t.pilots],
      ['Lượt ứng dụng', t.applications],
      ['Lượt nhân rộng', t.scalings],
      ['Ý tưởng được vinh danh', t.honours],
      ['Người đề xuất', t.participants],
      ['Hoạt động phong trào', t.activities],
      ['Lượt người tham dự', t.audience],
    ],
    [40, 14],
  );
  const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);
  sheet(
    'Theo đơn vị',
    [
      'Đơn vị',
      'Tiếp nhận',
      'Phản hồi',
      'Thử nghiệm',
      'Ứng dụng',
      'Vinh danh',
      'Báo cáo của đơn vị',
    ],
    [
      ...data.byUnit.map((u) => [
        u.unit,
        u.received,
        u.answered,
        u.pilots,
        u.applications,
        u.honours,
        u.reports,
      ]),
      [
        'Cộng',
        sum(data.byUnit, (u) => u.received),
        sum(data.byUnit, (u) => u.answered),
        sum(data.byUnit, (u) => u.pilots),
        sum(data.byUnit, (u) => u.applications),
        sum(data.byUnit, (u) => u.honours),
        null,
      ],
    ],
    [32, 11, 11, 11, 11, 11, 22],
  );
  sheet(
    'Theo lĩnh vực',
    ['Lĩnh vực', 'Tiếp nhận', 'Đưa ra Hội đồng', 'Thử nghiệm', 'Vinh danh'],
    data.byField.map((f) => [f.field, f.received, f.accepted, f.pilots, f.honours]),
    [40, 11, 14, 11, 11],
  );
  const s = data.spending;
  sheet(
    'Kinh phí',
    ['Hoạt động / nguồn', 'Dự toán (đồng)', 'Thực chi (đồng)'],
    [
      ...s.byActivity.map((r) => [r.label, r.estimate, r.actual]),
      ['Tổng cộng theo hoạt động', s.total.estimate, s.total.actual],
      [null, null, null],
      ...s.bySource.map((r) => [r.label, r.estimate, r.actual]),
      ['Tổng cộng theo nguồn', s.total.estimate, s.total.actual],
      [null, null, null],
      ...s.byLevel.map((r) => [`Ngân sách nhà nước — ${r.label}`, null, r.actual]),
      ['Thực chi bằng chữ', null, amountInWords(s.total.actual)],
    ],
    [44, 18, 18],
  );
  sheet(
    'Khen thưởng',
    ['Số quyết định', 'Ngày quyết định', 'Hình thức', 'Ngày chi', 'Số tiền (đồng)'],
    [
      ...data.awards.map((a) => [a.decision, a.date, a.form, a.paidOn, a.amount]),
      ['Cộng', null, null, null, sum(data.awards, (a) => a.amount)],
    ],
    [18, 16, 36, 12, 16],
  );
  const f = data.feedback;
  sheet(
    'Phản ánh, kiến nghị',
    ['Tình trạng', 'Số lượng'],
    [
      ['Đã trả lời', f.answered],
      ['Chuyển tranh chấp quyền tác giả', f.escalated],
      ['Đang xem xét', f.open],
      ['Tổng tiếp nhận', f.received],
      ['Trong đó quá hạn', f.overdue],
    ],
    [36, 12],
  );
  sheet(
    'Báo cáo đơn vị',
    ['Đơn vị', 'Kỳ', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'],
    data.unitReports.notes.map((n) => [n.unit, n.period, n.difficulties, n.proposals]),
    [28, 24, 50, 50],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
