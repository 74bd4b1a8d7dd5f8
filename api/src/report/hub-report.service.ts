/**
 * The hub's reports to the People's Committee and upward (§VII): drafted with its own words,
 * generated in the background as DOCX, PDF and an XLSX annex (progress on the job), issued once
 * and then immutable — a correction is a new version of the same report.
 */
import { createHash, randomUUID } from 'node:crypto';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { Context } from '../context.js';
import { assertAllowed, mayManageMovement, type StaffViewer } from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { isUuid, Validator } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import type { FileStorage } from '../attachment/file.storage.js';
import { toDocx, toPdf } from '../documents/admin.document.js';
import { Job } from '../jobs/job.entity.js';
import { JobStatus } from '../jobs/job.enums.js';
import { enqueueJob, PermanentJobError, type JobHandler } from '../jobs/job.runner.js';
import { currentCampaign } from '../campaign/campaign.service.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { documentFrame } from '../tenant/tenant.service.js';
import { HubReport, RecipientList, type HubReportFile } from './report.entity.js';
import { HubReportKind, HubReportStatus, ReportFormat } from './report.enums.js';
import {
  compileReportData,
  defaultTitle,
  reportAnnex,
  reportDocument,
  type ReportData,
} from './hub-report.document.js';

export const REPORT_QUEUE = 'generate-report';

/** "Nơi nhận" when the hub has not kept lists of its own (§VII: the commune's leadership and the province). */
export const DEFAULT_RECIPIENTS = [
  'Thường trực Đảng ủy xã (b/c)',
  'Thường trực HĐND xã (b/c)',
  'Chủ tịch, các Phó Chủ tịch UBND xã',
  'Ủy ban MTTQ Việt Nam xã',
  'Sở Khoa học và Công nghệ tỉnh (b/c)',
  'Lưu: VT, VHXH.',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The signed-in staff member (after `assertHub`). */
const staffId = (ctx: Context) => (ctx.viewer as StaffViewer).userId;

function assertHub(ctx: Context, message = 'Chỉ cơ quan đầu mối lập báo cáo của xã.') {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), message);
}

export interface HubReportInput {
  kind: HubReportKind;
  title?: string | null;
  numberSymbol?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  documentDate?: string | null;
  signerTitle?: string | null;
  signerName?: string | null;
  recipients?: string[] | null;
  assessment?: string | null;
  shortcomings?: string | null;
  nextTasks?: string | null;
  proposals?: string | null;
}

/** The period a kind covers by default: sơ kết from the start to the end of 2028, tổng kết all of it. */
async function defaultPeriod(
  ctx: Context,
  kind: HubReportKind,
): Promise<{ from: string; to: string; campaign: string | null }> {
  const campaign = await currentCampaign(ctx.em, ctx.tenant.id);
  const today = localDay(ctx.clock.now());
  const start = campaign?.startsOn ?? `${today.slice(0, 4)}-01-01`;
  const end = campaign?.endsOn ?? `${today.slice(0, 4)}-12-31`;
  if (kind === HubReportKind.MID_TERM)
    return {
      from: start,
      to: end < '2028-12-31' ? end : '2028-12-31',
      campaign: campaign?.title ?? null,
    };
  if (kind === HubReportKind.FINAL)
    return { from: start, to: end, campaign: campaign?.title ?? null };
  return { from: `${today.slice(0, 4)}-01-01`, to: today, campaign: campaign?.title ?? null };
}

function checkInput(v: Validator, input: Partial<HubReportInput>) {
  const text = (field: keyof HubReportInput, label: string, max: number, required = false) =>
    v.text(field, input[field] as string | null | undefined, { label, max, required });
  const out = {
    title: text('title', 'tên báo cáo', 300),
    numberSymbol: text('numberSymbol', 'số, ký hiệu', 60),
    signerTitle: text('signerTitle', 'chức vụ người ký', 200),
    signerName: text('signerName', 'người ký', 200),
    assessment: text('assessment', 'đánh giá chung', 20_000),
    shortcomings: text('shortcomings', 'tồn tại, hạn chế', 20_000),
    nextTasks: text('nextTasks', 'nhiệm vụ thời gian tới', 20_000),
    proposals: text('proposals', 'đề xuất, kiến nghị', 20_000),
  };
  for (const f of ['periodFrom', 'periodTo', 'documentDate'] as const)
    if (input[f] && !DATE.test(input[f]!)) v.add(f, 'Ngày không hợp lệ (YYYY-MM-DD).');
  if (input.periodFrom && input.periodTo && input.periodTo < input.periodFrom)
    v.add('periodTo', 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.');
  let recipients: string[] | null = null;
  if (input.recipients) {
    recipients = input.recipients.map((r) => r.trim()).filter(Boolean);
    if (recipients.length > 30) v.add('recipients', 'Tối đa 30 nơi nhận.');
    if (recipients.some((r) => r.length > 200))
      v.add('recipients', 'Mỗi nơi nhận tối đa 200 ký tự.');
  }
  return { ...out, recipients };
}

export async function createHubReport(ctx: Context, input: HubReportInput): Promise<HubReport> {
  assertHub(ctx);
  const v = new Validator();
  const c = checkInput(v, input);
  v.throwIfInvalid();
  const d = await defaultPeriod(ctx, input.kind);
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: ctx.tenant.id });
  const frame = documentFrame(tenant);
  const lists = await ctx.em.find(
    RecipientList,
    { tenant: ctx.tenant.id },
    { orderBy: { createdAt: 'asc' } },
  );
  const now = ctx.clock.now();
  const family = randomUUID();
  const report = ctx.em.create(HubReport, {
    id: family,
    tenant: ctx.tenant.id,
    family,
    kind: input.kind,
    title: c.title ?? defaultTitle(input.kind, d.campaign),
    numberSymbol: c.numberSymbol ?? '',
    periodFrom: input.periodFrom ?? d.from,
    periodTo: input.periodTo ?? d.to,
    documentDate: input.documentDate ?? localDay(now),
    signerTitle: c.signerTitle ?? `TM. ỦY BAN NHÂN DÂN — ${frame.chairmanTitle}`,
    signerName: c.signerName ?? frame.chairmanName ?? '',
    recipients: c.recipients ?? lists[0]?.entries ?? DEFAULT_RECIPIENTS,
    assessment: c.assessment ?? '',
    shortcomings: c.shortcomings ?? '',
    nextTasks: c.nextTasks ?? '',
    proposals: c.proposals ?? '',
    editedAt: now,
    createdBy: ctx.em.getReference(StaffUser, staffId(ctx), { wrapped: true }),
    createdAt: now,
  });
  if (report.periodTo < report.periodFrom) {
    v.add('periodTo', 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.');
    v.throwIfInvalid();
  }
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.REPORT_CHANGED,
    actor: auditActor(ctx.viewer),
    details: { reportId: report.id, change: 'created', kind: report.kind, title: report.title },
    at: now,
  });
  await ctx.em.flush();
  return report;
}

async function findReport(ctx: Context, id: string): Promise<HubReport> {
  const report = isUuid(id) ? await ctx.em.findOne(HubReport, { id, tenant: ctx.tenant.id }) : null;
  if (!report) throw new NotFoundError('Không tìm thấy báo cáo.');
  return report;
}

function assertDraft(report: HubReport) {
  if (report.status === HubReportStatus.ISSUED)
    throw new ConflictError('Báo cáo đã ban hành không sửa được; hãy tạo phiên bản đính chính.');
}

export async function updateHubReport(
  ctx: Context,
  id: string,
  input: Omit<HubReportInput, 'kind'>,
): Promise<HubReport> {
  assertHub(ctx);
  const report = await findReport(ctx, id);
  const v = new Validator();
  const c = checkInput(v, input);
  const from = input.periodFrom ?? report.periodFrom;
  const to = input.periodTo ?? report.periodTo;
  if (to < from) v.add('periodTo', 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.');
  if (input.title !== undefined && input.title !== null && !c.title)
    v.add('title', 'Vui lòng nhập tên báo cáo.');
  v.throwIfInvalid();
  assertDraft(report);
  Object.assign(report, {
    periodFrom: from,
    periodTo: to,
    documentDate: input.documentDate ?? report.documentDate,
    ...(c.title ? { title: c.title } : {}),
    ...(input.numberSymbol !== undefined && input.numberSymbol !== null
      ? { numberSymbol: c.numberSymbol ?? '' }
      : {}),
    ...(c.signerTitle ? { signerTitle: c.signerTitle } : {}),
    ...(input.signerName !== undefined && input.signerName !== null
      ? { signerName: c.signerName ?? '' }
      : {}),
    ...(c.recipients ? { recipients: c.recipients } : {}),
    ...(input.assessment !== undefined && input.assessment !== null
      ? { assessment: c.assessment ?? '' }
      : {}),
    ...(input.shortcomings !== undefined && input.shortcomings !== null
      ? { shortcomings: c.shortcomings ?? '' }
      : {}),
    ...(input.nextTasks !== undefined && input.nextTasks !== null
      ? { nextTasks: c.nextTasks ?? '' }
      : {}),
    ...(input.proposals !== undefined && input.proposals !== null
      ? { proposals: c.proposals ?? '' }
      : {}),
    editedAt: ctx.clock.now(),
    revision: report.revision + 1,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.REPORT_CHANGED,
    actor: auditActor(ctx.viewer),
    details: { reportId: report.id, change: 'edited', version: report.version },
    at: ctx.clock.now(),
  });
  await ctx.em.flush();
  return report;
}

/** Queues the generation of the report's files (a draft; an issued report keeps its files). */
export async function generateHubReport(ctx: Context, id: string): Promise<HubReport> {
  assertHub(ctx);
  const report = await findReport(ctx, id);
  assertDraft(report);
  if (report.jobId) {
    const running = await ctx.em.findOne(Job, { id: report.jobId });
    if (running && (running.status === JobStatus.PENDING || running.status === JobStatus.RUNNING))
      throw new ConflictError('Báo cáo đang được tạo; vui lòng chờ xong.');
  }
  const now = ctx.clock.now();
  const job = await ctx.em.transactional(async (tx) => {
    const j = await enqueueJob(
      tx,
      REPORT_QUEUE,
      { reportId: report.id, tenantId: ctx.tenant.id, requestedAt: now.toISOString() },
      { runAt: now, now, tenantId: ctx.tenant.id, createdBy: staffId(ctx), maxAttempts: 3 },
    );
    tx.assign(tx.merge(report), { jobId: j.id });
    return j;
  });
  report.jobId = job.id;
  return report;
}

/** Issues a generated draft: from now on it never changes. */
export async function issueHubReport(ctx: Context, id: string): Promise<HubReport> {
  assertHub(ctx, 'Chỉ cơ quan đầu mối ban hành báo cáo.');
  const report = await findReport(ctx, id);
  assertDraft(report);
  const v = new Validator();
  if (!report.numberSymbol.trim()) v.add('numberSymbol', 'Báo cáo ban hành cần số, ký hiệu.');
  if (!report.signerName.trim()) v.add('signerName', 'Báo cáo ban hành cần tên người ký.');
  v.throwIfInvalid();
  if (!filesCurrent(report))
    throw new ConflictError('Hãy tạo lại tệp báo cáo sau lần sửa cuối cùng trước khi ban hành.');
  report.status = HubReportStatus.ISSUED;
  report.issuedAt = ctx.clock.now();
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.REPORT_ISSUED,
    actor: auditActor(ctx.viewer),
    details: {
      reportId: report.id,
      change: 'issued',
      numberSymbol: report.numberSymbol,
      version: report.version,
      files: report.files?.map((f) => ({ format: f.format, sha256: f.sha256 })),
    },
    at: report.issuedAt,
  });

  report.issuedBy = ctx.em.getReference(StaffUser, staffId(ctx), { wrapped: true });
  await ctx.em.flush();
  return report;
}

/** A correction of an issued report: a new draft version of it, the issued one kept as it was. */
export async function correctHubReport(
  ctx: Context,
  id: string,
  reason: string,
): Promise<HubReport> {
  assertHub(ctx);
  const v = new Validator();
  const why = v.text('reason', reason, { label: 'lý do đính chính', required: true, max: 2_000 });
  v.throwIfInvalid();
  const report = await findReport(ctx, id);
  if (report.status !== HubReportStatus.ISSUED)
    throw new ConflictError('Chỉ đính chính báo cáo đã ban hành; bản dự thảo sửa trực tiếp được.');
  const latest = await ctx.em.findOne(
    HubReport,
    { family: report.family },
    { orderBy: { version: 'desc' } },
  );
  if (latest && latest.version !== report.version)
    throw new ConflictError(`Báo cáo đã có phiên bản ${latest.version}; hãy sửa phiên bản đó.`);
  const now = ctx.clock.now();
  const next = ctx.em.create(HubReport, {
    tenant: ctx.tenant.id,
    family: report.family,
    version: report.version + 1,
    kind: report.kind,
    title: report.title,
    numberSymbol: report.numberSymbol,
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    documentDate: localDay(now),
    signerTitle: report.signerTitle,
    signerName: report.signerName,
    recipients: [...report.recipients],
    assessment: report.assessment,
    shortcomings: report.shortcomings,
    nextTasks: report.nextTasks,
    proposals: report.proposals,
    correctionReason: why!,
    editedAt: now,
    createdBy: ctx.em.getReference(StaffUser, staffId(ctx), { wrapped: true }),
    createdAt: now,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.REPORT_ISSUED,
    actor: auditActor(ctx.viewer),
    details: { reportId: next.id, change: 'corrected', of: report.id, version: next.version },
    at: now,
  });

  await ctx.em.flush();
  return next;
}

export async function listHubReports(ctx: Context): Promise<HubReport[]> {
  assertHub(ctx, 'Chỉ cơ quan đầu mối xem báo cáo của xã.');
  return ctx.em.find(
    HubReport,
    { tenant: ctx.tenant.id },
    { orderBy: { createdAt: 'desc', version: 'desc' } },
  );
}

export async function getHubReport(ctx: Context, id: string): Promise<HubReport | null> {
  assertHub(ctx, 'Chỉ cơ quan đầu mối xem báo cáo của xã.');
  return isUuid(id) ? ctx.em.findOne(HubReport, { id, tenant: ctx.tenant.id }) : null;
}

const MIME: Record<ReportFormat, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const reportMime = (f: ReportFormat) => MIME[f];

function fileBase(report: HubReport): string {
  const kind = { PERIODIC: 'bao-cao', MID_TERM: 'bao-cao-so-ket', FINAL: 'bao-cao-tong-ket' }[
    report.kind
  ];
  return `${kind}-${report.periodFrom}-${report.periodTo}-v${report.version}`;
}

/**
 * The background job: compile the figures, build the document, render DOCX and PDF and the XLSX
 * annex, store them; progress 0–5. A report issued meanwhile is left as it is.
 */
export function reportHandler(deps: { storage: FileStorage; now: () => Date }): JobHandler {
  return async (job, { em, progress }) => {
    const { reportId, tenantId } = job.payload as { reportId: string; tenantId: string };
    const report = await em.findOne(HubReport, { id: reportId, tenant: tenantId });
    if (!report) throw new PermanentJobError('Không tìm thấy báo cáo.');
    if (report.status === HubReportStatus.ISSUED)
      throw new PermanentJobError('Báo cáo đã ban hành; tệp không tạo lại.');
    const started = deps.now();
    const revision = report.revision;
    const total = 5;
    await progress(0, total);
    const data: ReportData = await compileReportData(em, tenantId, report, started);
    await progress(1, total);
    const doc = await reportDocument(em, tenantId, report, data);
    const docx = await toDocx(doc);
    await progress(2, total);
    const pdf = await toPdf(doc);
    await progress(3, total);
    const xlsx = await reportAnnex(report, data);
    await progress(4, total);
    const base = fileBase(report);
    const files: HubReportFile[] = [];
    for (const [format, body, ext] of [
      [ReportFormat.DOCX, docx, 'docx'],
      [ReportFormat.PDF, pdf, 'pdf'],
      [ReportFormat.XLSX, xlsx, 'xlsx'],
    ] as const) {
      const storageKey = `${tenantId}/reports/${report.id}/${randomUUID()}-${ext}`;
      await deps.storage.put(storageKey, body, MIME[format]);
      files.push({
        format,
        storageKey,
        fileName: `${base}${format === ReportFormat.XLSX ? '-phu-luc' : ''}.${ext}`,
        size: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      });
    }
    // An edit or an issue while the job ran: the files describe what was read at the start.
    const fresh = await em.fork().findOne(HubReport, { id: report.id });
    if (!fresh || fresh.status === HubReportStatus.ISSUED) {
      for (const f of files) await deps.storage.delete(f.storageKey).catch(() => {});
      throw new PermanentJobError(
        'Báo cáo đã ban hành trong lúc tạo tệp; tệp mới không được dùng.',
      );
    }
    const old = fresh.files ?? [];
    await em.nativeUpdate(
      HubReport,
      { id: report.id },
      {
        files,
        data: data as unknown as Record<string, unknown>,
        generatedAt: started,
        filesRevision: revision,
      },
    );
    for (const f of old) await deps.storage.delete(f.storageKey).catch(() => {});
    await progress(5, total);
    return { files: files.map((f) => f.fileName) };
  };
}

// ---------------------------------------------------------------------------------------------
// "Nơi nhận" lists

export async function listRecipientLists(ctx: Context): Promise<RecipientList[]> {
  assertHub(ctx);
  const lists = await ctx.em.find(
    RecipientList,
    { tenant: ctx.tenant.id },
    { orderBy: { createdAt: 'asc' } },
  );
  return lists;
}

export async function saveRecipientList(
  ctx: Context,
  input: { id?: string | null; name: string; entries: string[] },
): Promise<RecipientList> {
  assertHub(ctx);
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên danh sách', required: true, max: 200 });
  const entries = input.entries.map((e) => e.trim()).filter(Boolean);
  if (!entries.length) v.add('entries', 'Danh sách nơi nhận cần ít nhất một nơi nhận.');
  if (entries.length > 30) v.add('entries', 'Tối đa 30 nơi nhận.');
  if (entries.some((e) => e.length > 200)) v.add('entries', 'Mỗi nơi nhận tối đa 200 ký tự.');
  v.throwIfInvalid();
  const list = input.id
    ? isUuid(input.id)
      ? await ctx.em.findOne(RecipientList, { id: input.id, tenant: ctx.tenant.id })
      : null
    : ctx.em.create(RecipientList, {
        tenant: ctx.tenant.id,
        name: name!,
        entries,
        createdAt: ctx.clock.now(),
      });
  if (!list) throw new NotFoundError('Không tìm thấy danh sách nơi nhận.');
  list.name = name!;
  list.entries = entries;
  await ctx.em.flush();
  return list;
}

export async function removeRecipientList(ctx: Context, id: string): Promise<boolean> {
  assertHub(ctx);
  const list = isUuid(id)
    ? await ctx.em.findOne(RecipientList, { id, tenant: ctx.tenant.id })
    : null;
  if (!list) throw new NotFoundError('Không tìm thấy danh sách nơi nhận.');
  ctx.em.remove(list);
  await ctx.em.flush();
  return true;
}

/** Each report's last generation job (progress, failure), read in one query. */
export async function generationJobs(
  ctx: Context,
  reports: HubReport[],
): Promise<Map<string, Job>> {
  const ids = reports.map((r) => r.jobId).filter((id): id is string => Boolean(id));
  const jobs = ids.length ? await ctx.em.find(Job, { id: { $in: ids } }) : [];
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const out = new Map<string, Job>();
  for (const r of reports) {
    const job = r.jobId ? byId.get(r.jobId) : undefined;
    if (job) out.set(r.id, job);
  }
  return out;
}

/** Whether the report's files were made after its last edit. */
export function filesCurrent(report: HubReport): boolean {
  return Boolean(report.files?.length && report.filesRevision === report.revision);
}
