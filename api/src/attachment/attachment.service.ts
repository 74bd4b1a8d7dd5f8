import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AppError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  BadInputError,
  UnauthenticatedError,
} from '../common/errors.js';
import {
  isStaff,
  reviewsIdea,
  seesWholeTenant,
  type Viewer,
  worksOnIdea,
} from '../common/access.js';
import { Idea } from '../idea/idea.entity.js';
import { Attachment, REVIEWER_FILE_KINDS } from './attachment.entity.js';
import { AttachmentKind } from './attachment.enums.js';
import { ATTACHMENT_TYPES, IMPORT_TYPES, extensionOf, sniff } from './sniff.js';
import type { FileStorage } from './file.storage.js';
import sharp, { type Sharp } from 'sharp';

/** Images re-encoded on upload, in their own format (HEIC and GIF are kept as sent). */
const REENCODE: Record<string, (s: Sharp) => Sharp> = {
  'image/jpeg': (s) => s.jpeg({ quality: 90, mozjpeg: true }),
  'image/png': (s) => s.png({ compressionLevel: 9 }),
  'image/webp': (s) => s.webp({ quality: 90 }),
};

/**
 * An uploaded photo decoded and written again: what it shows stays (turned upright), what it
 * hides goes — EXIF with the GPS position of a citizen's home, the camera's serial, comments, and
 * anything appended after the image data. An image that cannot be decoded is refused.
 */
async function reencodeImage(data: Buffer, mime: string, fileName: string): Promise<Buffer> {
  const encode = REENCODE[mime];
  if (!encode) return data;
  try {
    return await encode(
      sharp(data, { failOn: 'error', limitInputPixels: 60_000_000 }).rotate(),
    ).toBuffer();
  } catch {
    throw new BadInputError(
      { file: `Ảnh "${fileName}" bị hỏng hoặc không đọc được.` },
      'Ảnh không đọc được.',
    );
  }
}

export const UPLOAD_LIMITS = {
  /** One file. */
  fileBytes: 10 * 1024 * 1024,
  /** All files of one idea. */
  ideaBytes: 30 * 1024 * 1024,
  filesPerIdea: 10,
  /** How long an uploaded file waits to be attached before it is removed. */
  unattachedHours: 24,
};

function cleanFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return (base || 'tep').slice(-200);
}

/**
 * Stores an uploaded file after checking what it is by its content; a name that lies about the
 * type (a program renamed .pdf, a spreadsheet renamed .jpg) is refused.
 */
export async function storeUpload(
  em: EntityManager,
  storage: FileStorage,
  opts: {
    tenantId: string;
    viewer: Viewer;
    fileName: string;
    data: Buffer;
    kind: AttachmentKind;
    now: Date;
  },
): Promise<Attachment> {
  const fileName = cleanFileName(opts.fileName);
  if (opts.data.length === 0) throw new BadInputError({ file: 'Tệp rỗng.' }, 'Tệp rỗng.');
  if (opts.data.length > UPLOAD_LIMITS.fileBytes) {
    throw new AppError(
      ErrorCode.LIMITS_EXCEEDED,
      `Tệp "${fileName}" vượt quá ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`,
    );
  }
  if (opts.kind !== AttachmentKind.SUPPORTING && !isStaff(opts.viewer)) {
    throw new ForbiddenError('Chỉ cán bộ được tải lên loại tệp này.');
  }
  const allowed = opts.kind === AttachmentKind.IMPORT_SOURCE ? IMPORT_TYPES : ATTACHMENT_TYPES;
  const type = await sniff(opts.data);
  const ext = extensionOf(fileName);
  const accepted = allowed.map((t) => t.extensions.join('/')).join(', ');
  if (!type || !allowed.includes(type)) {
    throw new BadInputError(
      { file: `Nội dung tệp "${fileName}" không thuộc loại được nhận (${accepted}).` },
      'Loại tệp không được chấp nhận.',
    );
  }
  if (!type.extensions.includes(ext)) {
    throw new BadInputError(
      {
        file: `Tên tệp "${fileName}" có đuôi .${ext || '(không có)'} nhưng nội dung là ${type.label}.`,
      },
      'Đuôi tệp không khớp với nội dung tệp.',
    );
  }
  const data = await reencodeImage(opts.data, type.mime, fileName);
  const id = randomUUID();
  const month = opts.now.toISOString().slice(0, 7).replace('-', '/');
  const storageKey = `${opts.tenantId}/${month}/${id}`;
  await storage.put(storageKey, data, type.mime);
  const attachment = em.create(Attachment, {
    id,
    tenant: opts.tenantId,
    kind: opts.kind,
    fileName,
    mimeType: type.mime,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    storageKey,
    uploadedBy: isStaff(opts.viewer) ? opts.viewer.userId : null,
    createdAt: opts.now,
  });
  await em.flush();
  return attachment;
}

/** Unattached uploads named by a submission, checked and ready to attach in its transaction. */
export async function claimUploads(
  em: EntityManager,
  opts: { tenantId: string; ids: string[]; kinds: AttachmentKind[]; field: string; now: Date },
): Promise<Attachment[]> {
  const ids = [...new Set(opts.ids)];
  if (ids.length === 0) return [];
  if (ids.length > UPLOAD_LIMITS.filesPerIdea) {
    throw new BadInputError({
      [opts.field]: `Tối đa ${UPLOAD_LIMITS.filesPerIdea} tệp cho một ý tưởng.`,
    });
  }
  const since = new Date(opts.now.getTime() - UPLOAD_LIMITS.unattachedHours * 3_600_000);
  const found = await em.find(Attachment, {
    id: { $in: ids.filter((i) => /^[0-9a-f-]{36}$/i.test(i)) },
    tenant: opts.tenantId,
    idea: null,
    kind: { $in: opts.kinds },
    createdAt: { $gte: since },
  });
  if (found.length !== ids.length) {
    throw new BadInputError({
      [opts.field]: 'Tệp đính kèm không tồn tại hoặc đã hết hạn, vui lòng tải lên lại.',
    });
  }
  const total = found.reduce((s, a) => s + a.size, 0);
  if (total > UPLOAD_LIMITS.ideaBytes) {
    throw new BadInputError({
      [opts.field]: `Tổng dung lượng tệp vượt quá ${UPLOAD_LIMITS.ideaBytes / 1024 / 1024} MB.`,
    });
  }
  return found;
}

export async function attachmentForDownload(
  em: EntityManager,
  viewer: Viewer,
  tenantId: string,
  id: string,
) {
  if (!isStaff(viewer)) throw new UnauthenticatedError('Cần đăng nhập để tải tệp đính kèm.');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('Không tìm thấy tệp.');
  const attachment = await em.findOne(Attachment, { id, tenant: tenantId }, { populate: ['idea'] });
  if (!attachment) throw new NotFoundError('Không tìm thấy tệp.');
  const idea = attachment.idea?.getEntity() as Idea | undefined;
  // A file of no idea (an upload in progress, a council's decision) is the uploader's; documents
  // the movement keeps, such as a council's decision, are also the hub's to read.
  const allowed = idea
    ? worksOnIdea(viewer, idea) ||
      (REVIEWER_FILE_KINDS.includes(attachment.kind) && (await reviewsIdea(em, viewer, idea.id)))
    : isStaff(viewer) &&
      (attachment.uploadedBy?.id === viewer.userId ||
        (Boolean(attachment.attachedAt) && seesWholeTenant(viewer)));
  if (!allowed) throw new ForbiddenError('Bạn không có quyền xem tệp này.');
  if (attachment.erasedAt)
    throw new NotFoundError(
      'Nội dung tệp đã được xóa theo yêu cầu của người có dữ liệu cá nhân trong tệp.',
    );
  return attachment;
}

/**
 * Attaches uploads inside the submission's transaction. The update only takes files that are still
 * unattached, so two submissions naming the same upload cannot both have it.
 */
export async function attachUploads(
  tx: EntityManager,
  idea: Pick<Idea, 'id'>,
  uploads: Attachment[],
  at: Date,
  paperFormId?: string | null,
): Promise<void> {
  if (!uploads.length) return;
  const ids = uploads.map((a) => a.id);
  const n = await tx.nativeUpdate(
    Attachment,
    { id: { $in: ids }, idea: null },
    { idea: idea.id, attachedAt: at },
  );
  if (n !== ids.length) {
    throw new BadInputError({
      attachmentIds: 'Tệp đính kèm đã được dùng cho một ý tưởng khác, vui lòng tải lên lại.',
    });
  }
  if (paperFormId)
    await tx.nativeUpdate(Attachment, { id: paperFormId }, { kind: AttachmentKind.PAPER_FORM });
}
