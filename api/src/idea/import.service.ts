/**
 * Ideas from a spreadsheet (XLSX or CSV) kept by a reception point or from a paper register.
 * Runs as a background job with progress. Every row is checked first and reported (accepted, or
 * refused with the reasons); then all accepted rows are written in one transaction — a crash or a
 * refusal never leaves half an import behind.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Readable } from 'node:stream';
import { Validator, isUuid } from '../common/validate.js';
import { assertAllowed, mayImportIdeas } from '../common/access.js';
import { BadInputError } from '../common/errors.js';
import { Job } from '../jobs/job.entity.js';
import { enqueueJob } from '../jobs/job.runner.js';
import type { ImportJobView } from './triage.types.js';
import { foldVietnamese } from '../common/text.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import type { FileStorage } from '../attachment/file.storage.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { PersonKind } from '../person/person.enums.js';
import { ConsentChannel } from '../consent/consent.enums.js';
import { currentNotice } from '../consent/consent.service.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { PermanentJobError } from '../jobs/job.runner.js';
import type { Clock, Context } from '../context.js';
import { Channel, Maturity } from './idea.enums.js';
import { createIdea, validateContent, type ValidSubmission } from './submission.service.js';
import { newTrackingCode } from './receipt.digest.js';
import { currentCampaign } from '../campaign/campaign.service.js';

export const IMPORT_QUEUE = 'import-ideas';
export const MAX_IMPORT_ROWS = 2000;

type Column =
  | 'title'
  | 'problem'
  | 'solution'
  | 'benefit'
  | 'requirements'
  | 'fields'
  | 'maturity'
  | 'unit'
  | 'fullName'
  | 'email'
  | 'phone'
  | 'address'
  | 'consent'
  | 'showName'
  | 'publishContent';

/** Accepted headers (accent-free), so "Tên ý tưởng", "TEN Y TUONG" and "ten y tuong" all work. */
const HEADERS: Record<string, Column> = {
  'ten y tuong': 'title',
  'ten sang kien': 'title',
  'van de': 'problem',
  'van de can giai quyet': 'problem',
  'thuc trang': 'problem',
  'giai phap': 'solution',
  'noi dung giai phap': 'solution',
  'hieu qua': 'benefit',
  'hieu qua du kien': 'benefit',
  'dieu kien trien khai': 'requirements',
  'linh vuc': 'fields',
  'muc do': 'maturity',
  'muc do hoan thien': 'maturity',
  'thon/don vi': 'unit',
  'thon / don vi': 'unit',
  'don vi': 'unit',
  thon: 'unit',
  'ho ten': 'fullName',
  'ho va ten': 'fullName',
  'tac gia': 'fullName',
  email: 'email',
  'dien thoai': 'phone',
  'so dien thoai': 'phone',
  'dia chi': 'address',
  'dong y xu ly du lieu': 'consent',
  'dong y hien ten': 'showName',
  'dong y cong khai': 'publishContent',
};

export const IMPORT_COLUMNS = [
  'Tên ý tưởng',
  'Vấn đề cần giải quyết',
  'Giải pháp',
  'Hiệu quả dự kiến',
  'Điều kiện triển khai',
  'Lĩnh vực',
  'Mức độ hoàn thiện',
  'Thôn/Đơn vị',
  'Họ và tên',
  'Email',
  'Số điện thoại',
  'Địa chỉ',
  'Đồng ý xử lý dữ liệu',
  'Đồng ý hiện tên',
  'Đồng ý công khai',
];

const MATURITY: Record<string, Maturity> = {
  'so khoi': Maturity.PRELIMINARY,
  'da hoan thien': Maturity.COMPLETE,
  'hoan thien': Maturity.COMPLETE,
  'da thu nghiem': Maturity.TESTED,
  'thu nghiem': Maturity.TESTED,
};

const yes = (v: string | undefined) =>
  ['co', 'x', 'yes', '1', 'dong y', 'true'].includes(foldVietnamese(v ?? '').trim());

export interface ImportRowReport {
  row: number;
  status: 'ACCEPTED' | 'REFUSED' | 'IMPORTED';
  title: string | null;
  errors: { field: string; message: string }[];
  trackingCode: string | null;
}

export interface ImportReport {
  [key: string]: unknown;
  dryRun: boolean;
  total: number;
  accepted: number;
  refused: number;
  imported: number;
  rows: ImportRowReport[];
  message: string;
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString();
  }
  return String(value);
}

/** Rows as column → text, with their spreadsheet row numbers. */
export async function readSheet(
  data: Buffer,
  mime: string,
): Promise<{ row: number; cells: Partial<Record<Column, string>> }[]> {
  let table: string[][];
  if (mime === 'text/csv') {
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    const delimiter = (text.split(/\r?\n/)[0] ?? '').includes(';') ? ';' : ',';
    table = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new PermanentJobError('Bảng tính không có trang nào.');
    table = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      table[n - 1] = values;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
  }
  const header = (table[0] ?? []).map(
    (h) => HEADERS[foldVietnamese(h).replace(/\s+/g, ' ').trim()],
  );
  if (!header.includes('title')) {
    throw new PermanentJobError(
      `Không thấy cột "Tên ý tưởng" ở dòng đầu. Các cột cần có: ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  const rows: { row: number; cells: Partial<Record<Column, string>> }[] = [];
  for (let i = 1; i < table.length; i++) {
    const raw = table[i] ?? [];
    if (raw.every((c) => !String(c ?? '').trim())) continue;
    const cells: Partial<Record<Column, string>> = {};
    header.forEach((col, j) => {
      if (col) cells[col] = String(raw[j] ?? '').trim();
    });
    rows.push({ row: i + 1, cells });
  }
  return rows;
}

export function importHandler(deps: {
  storage: FileStorage;
  clock: Clock;
  publicUrl: string;
}): JobHandler {
  return async (job, { em, progress }) => {
    const { attachmentId, tenantId, userId, userName, dryRun, skipInvalid } = job.payload as {
      attachmentId: string;
      tenantId: string;
      userId: string;
      userName: string;
      dryRun: boolean;
      skipInvalid: boolean;
    };
    const file = await em.findOne(Attachment, {
      id: attachmentId,
      tenant: tenantId,
      kind: AttachmentKind.IMPORT_SOURCE,
    });
    if (!file) throw new PermanentJobError('Không tìm thấy tệp nhập.');
    const rows = await readSheet(
      await streamToBuffer(await deps.storage.get(file.storageKey)),
      file.mimeType,
    );
    if (rows.length > MAX_IMPORT_ROWS)
      throw new PermanentJobError(`Mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng.`);
    const total = rows.length;
    await progress(0, total);

    const campaign = await currentCampaign(em, tenantId);
    if (!campaign) throw new PermanentJobError('Hiện chưa có phong trào nào đang nhận ý tưởng.');
    const notice = await currentNotice(em, tenantId);
    if (!notice) throw new PermanentJobError('Chưa có thông báo xử lý dữ liệu cá nhân.');
    const fields = await em.find(IdeaField, { tenant: tenantId, active: true });
    const units = await em.find(Unit, { tenant: tenantId, active: true });
    const fieldByKey = new Map<string, IdeaField>();
    for (const f of fields) {
      fieldByKey.set(foldVietnamese(f.name), f);
      fieldByKey.set(f.code, f);
    }
    const unitByKey = new Map<string, Unit>();
    for (const u of units) {
      unitByKey.set(foldVietnamese(u.name), u);
      unitByKey.set(foldVietnamese(u.name.replace(/^thon\s+/i, '').replace(/^Thôn\s+/, '')), u);
      unitByKey.set(u.code, u);
    }

    const report: ImportRowReport[] = [];
    const valid: { index: number; s: ValidSubmission }[] = [];
    for (const [i, { row, cells }] of rows.entries()) {
      const v = new Validator();
      const content = validateContent(v, {
        title: cells.title ?? '',
        problem: cells.problem ?? '',
        solution: cells.solution ?? '',
        benefit: cells.benefit ?? '',
        requirements: cells.requirements ?? null,
      });
      const fullName = v.text('fullName', cells.fullName, {
        label: 'họ và tên',
        required: true,
        min: 2,
        max: 100,
      });
      const email = v.email('email', cells.email);
      const phone = v.phone('phone', cells.phone);
      const address = v.text('address', cells.address, { label: 'địa chỉ', max: 300 });
      if (!cells.email && !cells.phone) v.add('email', 'Cần email hoặc số điện thoại của tác giả.');
      const names = (cells.fields ?? '')
        .split(/[;,\n]/)
        .map((x) => x.trim())
        .filter(Boolean);
      const rowFields = names.map((n) => fieldByKey.get(foldVietnamese(n)) ?? fieldByKey.get(n));
      if (!names.length) v.add('fields', 'Thiếu lĩnh vực.');
      else if (rowFields.some((f) => !f)) {
        v.add('fields', `Không có lĩnh vực: ${names.filter((_, k) => !rowFields[k]).join(', ')}.`);
      }
      const maturity = cells.maturity
        ? MATURITY[foldVietnamese(cells.maturity).trim()]
        : Maturity.PRELIMINARY;
      if (!maturity)
        v.add('maturity', 'Mức độ hoàn thiện phải là: Sơ khởi, Đã hoàn thiện hoặc Đã thử nghiệm.');
      let unit: Unit | null = null;
      if (cells.unit) {
        unit = unitByKey.get(foldVietnamese(cells.unit)) ?? unitByKey.get(cells.unit) ?? null;
        if (!unit) v.add('unit', `Không có thôn/đơn vị "${cells.unit}".`);
      }
      if (!yes(cells.consent))
        v.add(
          'consent',
          'Chưa có đồng ý xử lý dữ liệu cá nhân của tác giả (cột "Đồng ý xử lý dữ liệu" phải là "Có").',
        );
      const errors = Object.entries(v.errors).map(([field, message]) => ({ field, message }));
      if (errors.length) {
        report.push({
          row,
          status: 'REFUSED',
          title: cells.title || null,
          errors,
          trackingCode: null,
        });
      } else {
        report.push({
          row,
          status: 'ACCEPTED',
          title: content.title,
          errors: [],
          trackingCode: null,
        });
        valid.push({
          index: report.length - 1,
          s: {
            campaign,
            unit,
            fields: [...new Set(rowFields as IdeaField[])],
            title: content.title!,
            problem: content.problem!,
            solution: content.solution!,
            benefit: content.benefit!,
            requirements: content.requirements,
            maturity: maturity!,
            author: {
              fullName: fullName!,
              email,
              phone,
              address,
              share: 100,
              kind: PersonKind.INDIVIDUAL,
              isMinor: false,
              guardian: null,
              participantGroupId: null,
              ageBand: null,
              gender: null,
            },
            coAuthors: [],
            consents: {
              processData: true,
              showName: yes(cells.showName),
              publishContent: yes(cells.publishContent),
              allowPilot: false,
              allowScale: false,
              guardianConsent: false,
            },
            origin: null,
            confidential: null,
            noticeVersion: notice.version,
            attachments: [],
            idempotencyKey: null,
          },
        });
      }
      if (i % 25 === 0) await progress(i + 1, total);
    }
    await progress(total, total);
    const refused = report.filter((r) => r.status === 'REFUSED').length;
    const summary = (imported: number, message: string): ImportReport => ({
      dryRun,
      total,
      accepted: valid.length,
      refused,
      imported,
      rows: report,
      message,
    });
    if (dryRun)
      return summary(
        0,
        `Kiểm tra xong: ${valid.length} dòng hợp lệ, ${refused} dòng bị từ chối. Chưa nhập dòng nào.`,
      );
    if (refused && !skipInvalid) {
      return summary(
        0,
        `Có ${refused} dòng bị từ chối nên chưa nhập dòng nào. Sửa tệp, hoặc chọn chỉ nhập các dòng hợp lệ.`,
      );
    }
    await em.fork().transactional(async (tx: EntityManager) => {
      const now = deps.clock.now();
      for (const [k, { index, s }] of valid.entries()) {
        const idea = await createIdea(
          tx,
          tenantId,
          s,
          {
            channel: Channel.IMPORTED,
            consentChannel: ConsentChannel.PAPER,
            publicUrl: deps.publicUrl,
            actor: { id: userId, name: userName },
            note: `Nhập từ tệp ${file.fileName}, dòng ${report[index]!.row}.`,
          },
          now,
          newTrackingCode(),
        );
        report[index]!.status = 'IMPORTED';
        report[index]!.trackingCode = idea.trackingCode;
        if (k % 25 === 0) await progress(k + 1, valid.length);
      }
      audit(tx, {
        tenantId,
        action: AuditAction.IDEA_IMPORTED,
        actor: { id: userId, name: userName },
        details: { file: file.fileName, attachmentId, imported: valid.length, refused },
        at: now,
      });
    });
    return summary(
      valid.length,
      `Đã nhập ${valid.length} ý tưởng${refused ? `; ${refused} dòng bị từ chối không được nhập` : ''}.`,
    );
  };
}

export function toImportView(job: Job): ImportJobView {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress ?? null,
    error: job.lastError ?? null,
    report: job.result ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
  };
}

/** Queues the import of an uploaded spreadsheet (a dry run only checks it). */
export async function startIdeaImport(
  ctx: Context,
  attachmentId: string,
  dryRun: boolean,
  skipInvalidRows: boolean,
): Promise<ImportJobView> {
  const { viewer } = ctx;
  assertAllowed(
    viewer,
    mayImportIdeas(viewer),
    'Chỉ cơ quan đầu mối được nhập ý tưởng từ bảng tính.',
  );
  const file = isUuid(attachmentId)
    ? await ctx.em.findOne(Attachment, {
        id: attachmentId,
        tenant: ctx.tenant.id,
        kind: AttachmentKind.IMPORT_SOURCE,
      })
    : null;
  if (!file) throw new BadInputError({ attachmentId: 'Không tìm thấy tệp bảng tính đã tải lên.' });
  const job = await ctx.em.fork().transactional((tx) =>
    enqueueJob(
      tx,
      IMPORT_QUEUE,
      {
        attachmentId,
        tenantId: ctx.tenant.id,
        userId: viewer.userId,
        userName: viewer.fullName,
        dryRun,
        skipInvalid: skipInvalidRows,
      },
      {
        runAt: ctx.clock.now(),
        now: ctx.clock.now(),
        tenantId: ctx.tenant.id,
        createdBy: viewer.userId,
        maxAttempts: 1,
      },
    ),
  );
  return toImportView(job);
}

export async function getIdeaImport(ctx: Context, id: string): Promise<ImportJobView | null> {
  assertAllowed(ctx.viewer, mayImportIdeas(ctx.viewer));
  if (!isUuid(id)) return null;
  const job = await ctx.em.findOne(Job, { id, tenantId: ctx.tenant.id, queue: IMPORT_QUEUE });
  return job ? toImportView(job) : null;
}
