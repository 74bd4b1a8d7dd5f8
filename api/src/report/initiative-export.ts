/**
 * Export to national channels (§VII): one idea or a selection as a structured file with the fields
 * of an initiative application — authors with their contribution, field, problem, content, first
 * application date, scope, benefit — never the confidential part, and only when every credited
 * author has consented to sending the file to higher programmes (`SHARE_PROGRAMMES`). Each export
 * is a use of that consent: it is written to the audit log with its purpose, per idea.
 * GET /exports/initiatives.json?ids=…&purpose=… and the same as .xlsx for the province's programme.
 */
import type { Express } from 'express';
import ExcelJS from 'exceljs';
import type { Context } from '../context.js';
import { assertAllowed, mayManageMovement } from '../common/access.js';
import { AppError, BadInputError, ErrorCode, NotFoundError } from '../common/errors.js';
import type { ContextFor } from '../common/http.js';
import { isUuid } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { AuthorRole } from '../idea/idea.enums.js';
import { Authorship, Idea } from '../idea/idea.entity.js';
import { Consent } from '../consent/consent.entity.js';
import { ConsentKind } from '../consent/consent.enums.js';
import { Adoption, Pilot } from '../pilot/pilot.entity.js';
import { RightsStatus } from '../rights/rights.enums.js';
import { Tenant } from '../tenant/tenant.entity.js';

export const EXPORT_FORMAT = 'khoi-nguon/initiative-application';
export const EXPORT_VERSION = 1;
const MAX_IDEAS = 200;
const ROLE: Record<AuthorRole, string> = { LEAD: 'Chủ nhiệm', CO_AUTHOR: 'Đồng tác giả' };

export interface InitiativeRecord {
  trackingCode: string;
  title: string;
  fields: string[];
  authors: { fullName: string; kind: string; role: string; contributionPercent: number }[];
  problem: string;
  content: string;
  requirements: string | null;
  benefit: string;
  firstAppliedOn: string | null;
  scope: { unit: string; kind: string; adoptedOn: string }[];
  pilots: { unit: string; startsOn: string }[];
  status: string;
  receivedAt: string;
  honouredAt: string | null;
}

export interface InitiativeExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  commune: { code: string; name: string };
  purpose: string;
  initiatives: InitiativeRecord[];
}

/** Builds the export of `ids` (the hub), refusing the whole of it when a consent is missing. */
export async function exportInitiatives(
  ctx: Context,
  ids: string[],
  purpose: string,
): Promise<InitiativeExport> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối xuất hồ sơ ý tưởng lên chương trình cấp trên.',
  );
  const unique = [...new Set(ids)];
  const why = purpose.trim();
  const errors: Record<string, string> = {};
  if (!unique.length) errors.ids = 'Chọn ít nhất một ý tưởng.';
  else if (unique.length > MAX_IDEAS) errors.ids = `Mỗi lần xuất tối đa ${MAX_IDEAS} ý tưởng.`;
  else if (!unique.every(isUuid)) errors.ids = 'Mã ý tưởng không hợp lệ.';
  if (why.length < 5 || why.length > 300)
    errors.purpose =
      'Ghi rõ nơi nhận hồ sơ, ví dụ "Chương trình đổi mới sáng tạo tỉnh Thanh Hóa 2028" (5–300 ký tự).';
  if (Object.keys(errors).length) throw new BadInputError(errors);

  const ideas = await ctx.em.find(
    Idea,
    { id: { $in: unique }, tenant: ctx.tenant.id },
    { populate: ['fields'] },
  );
  if (ideas.length !== unique.length)
    throw new NotFoundError('Không tìm thấy một số ý tưởng đã chọn.');
  const [authorships, consents, adoptions, pilots, tenant] = await Promise.all([
    ctx.em.find(
      Authorship,
      { idea: { $in: unique }, declinedAt: null },
      { populate: ['person'], orderBy: { share: 'desc' } },
    ),
    ctx.em.find(Consent, {
      authorship: { idea: { $in: unique } },
      kind: ConsentKind.SHARE_PROGRAMMES,
      withdrawnAt: null,
    }),
    ctx.em.find(
      Adoption,
      { idea: { $in: unique } },
      { populate: ['unit'], orderBy: { adoptedOn: 'asc' } },
    ),
    ctx.em.find(
      Pilot,
      { idea: { $in: unique } },
      { populate: ['hostUnit'], orderBy: { startsOn: 'asc' } },
    ),
    ctx.em.findOneOrFail(Tenant, { id: ctx.tenant.id }),
  ]);
  const consented = new Set(consents.map((c) => c.authorship.id));
  const byIdea = <T extends { idea: { id: string } }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.idea.id, [...(m.get(r.idea.id) ?? []), r]);
    return m;
  };
  const authorsOf = byIdea(authorships);
  const adoptionsOf = byIdea(adoptions);
  const pilotsOf = byIdea(pilots);

  // Every credited author of every idea must have said yes to this use, and no authorship may be
  // in dispute; otherwise nothing is exported.
  const refused: string[] = [];
  for (const idea of ideas) {
    const authors = authorsOf.get(idea.id) ?? [];
    if (
      !authors.length ||
      authors.some((a) => !consented.has(a.id)) ||
      idea.rightsStatus === RightsStatus.DISPUTED
    )
      refused.push(idea.trackingCode);
  }
  if (refused.length)
    throw new AppError(
      ErrorCode.RIGHTS_NOT_CLEARED,
      `Chưa thể xuất: chưa có đồng ý của mọi tác giả cho việc chuyển hồ sơ lên chương trình cấp trên, hoặc quyền tác giả đang tranh chấp (${refused.sort().join(', ')}).`,
      { refused },
    );

  const now = ctx.clock.now();
  const order = new Map(unique.map((id, i) => [id, i]));
  const records = [...ideas]
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((idea): InitiativeRecord => {
      const applied = adoptionsOf.get(idea.id) ?? [];
      const piloted = pilotsOf.get(idea.id) ?? [];
      return {
        trackingCode: idea.trackingCode,
        title: idea.title,
        fields: idea.fields.getItems().map((f) => f.name),
        authors: (authorsOf.get(idea.id) ?? []).map((a) => {
          const person = a.person.getEntity();
          return {
            fullName: person.fullName,
            kind: person.kind,
            role: ROLE[a.role],
            contributionPercent: a.share,
          };
        }),
        problem: idea.problem,
        content: idea.solution,
        requirements: idea.requirements ?? null,
        benefit: idea.benefit,
        firstAppliedOn: applied[0]?.adoptedOn ?? piloted[0]?.startsOn ?? null,
        scope: applied.map((a) => ({
          unit: a.unit.getEntity().name,
          kind: a.kind,
          adoptedOn: a.adoptedOn,
        })),
        pilots: piloted.map((p) => ({
          unit: p.hostUnit.getEntity().name,
          startsOn: p.startsOn,
        })),
        status: idea.status,
        receivedAt: idea.receivedAt.toISOString(),
        honouredAt: idea.honouredAt?.toISOString() ?? null,
      };
    });
  for (const idea of ideas)
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.IDEA_EXPORTED,
      actor: auditActor(ctx.viewer),
      ideaId: idea.id,
      reason: why,
      details: { purpose: why, count: ideas.length },
      at: now,
    });
  await ctx.em.flush();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    commune: { code: tenant.code, name: tenant.name },
    purpose: why,
    initiatives: records,
  };
}

/** The same export as a spreadsheet: one row per initiative, one per author on a second sheet. */
export async function exportWorkbook(data: InitiativeExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khơi Nguồn';
  const day = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
  const ws = wb.addWorksheet('Sáng kiến');
  ws.addRow([`Hồ sơ ý tưởng của ${data.commune.name} — ${data.purpose}`]).font = { bold: true };
  ws.addRow([
    'Mã hồ sơ',
    'Tên sáng kiến',
    'Lĩnh vực',
    'Tác giả (tỷ lệ đóng góp)',
    'Hiện trạng, vấn đề',
    'Nội dung giải pháp',
    'Điều kiện cần thiết để áp dụng',
    'Hiệu quả, lợi ích',
    'Ngày áp dụng lần đầu',
    'Phạm vi áp dụng',
  ]).font = { bold: true };
  for (const r of data.initiatives)
    ws.addRow([
      r.trackingCode,
      r.title,
      r.fields.join('; '),
      r.authors.map((a) => `${a.fullName} (${a.contributionPercent}%)`).join('; '),
      r.problem,
      r.content,
      r.requirements ?? '',
      r.benefit,
      day(r.firstAppliedOn),
      r.scope.map((s) => s.unit).join('; '),
    ]);
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  [14, 36, 24, 32, 50, 60, 40, 50, 14, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const authors = wb.addWorksheet('Tác giả');
  authors.addRow(['Mã hồ sơ', 'Họ và tên', 'Vai trò', 'Tỷ lệ đóng góp (%)']).font = { bold: true };
  for (const r of data.initiatives)
    for (const a of r.authors)
      authors.addRow([r.trackingCode, a.fullName, a.role, a.contributionPercent]);
  [14, 32, 20, 18].forEach((w, i) => (authors.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function registerExportRoutes(app: Express, deps: { contextFor: ContextFor<Context> }) {
  app.get('/exports/initiatives.:format', async (req, res) => {
    const ctx = await deps.contextFor(req, 'xuất hồ sơ ý tưởng lên chương trình cấp trên');
    const format = String(req.params.format);
    if (format !== 'json' && format !== 'xlsx')
      throw new NotFoundError('Chỉ xuất được định dạng JSON hoặc XLSX.');
    const ids = String(req.query.ids ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const data = await exportInitiatives(ctx, ids, String(req.query.purpose ?? ''));
    const name = `ho-so-y-tuong-${data.exportedAt.slice(0, 10)}`;
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'json') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.json"`);
      res.end(JSON.stringify(data, null, 2));
      return;
    }
    res.setHeader(
      'Content-Type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.end(await exportWorkbook(data));
  });
}
