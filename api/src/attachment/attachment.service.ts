import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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
import sharp, { type Sharp, type SharpOptions } from 'sharp';

/** The most pixels a still picture may decode to: 60 megapixels (a 48 MP phone photo passes). */
const MAX_PIXELS = 60_000_000;
/**
 * The most pixels an animation may decode to, every frame counted (sharp limits width × height ×
 * frames): 100 megapixels, e.g. a 480×480 GIF of 430 frames or a 1080×1080 one of 85, far more
 * than the few seconds of a phone's GIF. Such an animation takes about 600 MB and 20 s to re-encode
 * at worst (measured on a 2-core machine), off the event loop.
 */
const MAX_ANIMATION_PIXELS = 100_000_000;

const JPEG = { quality: 90, mozjpeg: true } as const;
const STILL: SharpOptions = { failOn: 'error', limitInputPixels: MAX_PIXELS };

/**
 * Images re-encoded on upload, in their own format, turned upright by their EXIF orientation. A GIF
 * keeps every frame with its delay and loop count; its comment and application extensions (XMP…)
 * go. HEIC is not here: it becomes a JPEG (`heicToJpeg`).
 */
const REENCODE: Record<string, (data: Buffer) => Sharp> = {
  'image/jpeg': (d) => sharp(d, STILL).rotate().jpeg(JPEG),
  'image/png': (d) => sharp(d, STILL).rotate().png({ compressionLevel: 9 }),
  'image/webp': (d) => sharp(d, STILL).rotate().webp({ quality: 90 }),
  'image/gif': (d) =>
    sharp(d, { failOn: 'error', limitInputPixels: MAX_ANIMATION_PIXELS, animated: true }).gif(),
};

/**
 * The HEIC decoder, run in a worker thread. sharp's prebuilt libvips cannot read HEVC (patents), so
 * libheif compiled to WebAssembly (`libheif-js`, LGPL-3.0) decodes the primary image to RGBA. It
 * works on the calling thread for a second or two per 12 MP photo and keeps its memory (~250 MB)
 * once grown; in a worker of its own the event loop stays free and the memory goes with the worker.
 * The size is checked before any pixel is allocated. libheif applies the HEIF's rotation and
 * mirroring (irot/imir), which on an iPhone match its EXIF orientation, so the pixels come out
 * upright and the EXIF orientation must not be applied again. The script is plain JavaScript that
 * runs as CommonJS or ES module alike (a worker inherits the flags of its process).
 */
const HEIC_WORKER = `(async () => {
  const { parentPort, workerData } = await import('node:worker_threads');
  const { pathToFileURL } = await import('node:url');
  const libheif = (await import(pathToFileURL(workerData.libheif).href)).default;
  const decoder = new libheif.HeifDecoder();
  const images = decoder.decode(workerData.data);
  try {
    const image = images.find((i) => i.is_primary()) ?? images[0];
    if (!image) return parentPort.postMessage({ error: 'no image' });
    const width = image.get_width();
    const height = image.get_height();
    if (!(width > 0 && height > 0 && width * height <= workerData.maxPixels)) {
      return parentPort.postMessage({ error: 'size ' + width + 'x' + height });
    }
    const shown = await new Promise((resolve) =>
      image.display({ data: new Uint8ClampedArray(width * height * 4), width, height }, resolve),
    );
    if (!shown) return parentPort.postMessage({ error: 'decode' });
    const alpha = image.has_alpha_channel();
    parentPort.postMessage({ width, height, alpha, rgba: shown.data }, [shown.data.buffer]);
  } finally {
    for (const image of images) image.free();
    libheif.heif_context_free(decoder.decoder);
  }
})();`;

/** Longest a HEIC decode may take (a 48 MP photo takes about 7 s here, a 12 MP one 2 s). */
const HEIC_DECODE_MS = 60_000;

interface DecodedHeic {
  width: number;
  height: number;
  alpha: boolean;
  rgba: Uint8ClampedArray;
}

/** One decode at a time per process: each may need several hundred MB, and the CPU is shared. */
let heicQueue: Promise<unknown> = Promise.resolve();

function decodeHeic(data: Buffer): Promise<DecodedHeic> {
  const run = () =>
    new Promise<DecodedHeic>((resolve, reject) => {
      const worker = new Worker(HEIC_WORKER, {
        eval: true,
        workerData: {
          libheif: createRequire(import.meta.url).resolve('libheif-js/wasm-bundle'),
          data: new Uint8Array(data),
          maxPixels: MAX_PIXELS,
        },
        // libheif reports a file it cannot parse with console.log: not for the server's log.
        stdout: true,
      });
      worker.stdout.resume();
      const timer = setTimeout(() => {
        reject(new Error('HEIC decode timed out'));
        void worker.terminate();
      }, HEIC_DECODE_MS);
      worker.once('message', (m: DecodedHeic | { error: string }) =>
        'error' in m ? reject(new Error(`HEIC: ${m.error}`)) : resolve(m),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`HEIC decoder exited (${code})`));
      });
    });
  const decoded = heicQueue.then(run, run);
  heicQueue = decoded.catch(() => undefined);
  return decoded;
}

/** A HEIC photo (an iPhone's) as a JPEG every browser shows, without its EXIF and other boxes. */
async function heicToJpeg(data: Buffer): Promise<Buffer> {
  const { width, height, alpha, rgba } = await decodeHeic(data);
  const image = sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
    raw: { width, height, channels: 4 },
    limitInputPixels: MAX_PIXELS,
  });
  return (alpha ? image.flatten({ background: '#ffffff' }) : image.removeAlpha())
    .jpeg(JPEG)
    .toBuffer();
}

/**
 * An uploaded photo decoded and written again: what it shows stays (turned upright), what it
 * hides goes — EXIF with the GPS position of a citizen's home, the camera's serial, comments, and
 * anything appended after the image data. A HEIC photo is stored as a JPEG, its name ending in
 * .jpg ("IMG_0042.HEIC" → "IMG_0042.jpg"). An image that cannot be decoded is refused.
 */
async function reencodeImage(
  data: Buffer,
  mime: string,
  fileName: string,
): Promise<{ data: Buffer; mime: string; fileName: string }> {
  const encode = REENCODE[mime];
  if (!encode && mime !== 'image/heic') return { data, mime, fileName };
  try {
    if (encode) return { data: await encode(data).toBuffer(), mime, fileName };
    return {
      data: await heicToJpeg(data),
      mime: 'image/jpeg',
      fileName: fileName.replace(/\.hei[cf]$/i, '.jpg'),
    };
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

/** A file over the limit of one file, named as the person knows it. */
export function fileTooLarge(name: string): AppError {
  const message = `Tệp "${cleanFileName(name)}" vượt quá ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`;
  return new AppError(ErrorCode.LIMITS_EXCEEDED, message, { fieldErrors: { file: message } });
}

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
  if (opts.data.length > UPLOAD_LIMITS.fileBytes) throw fileTooLarge(opts.fileName);
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
  // What is stored: the re-encoded picture, and for a HEIC photo a JPEG with a .jpg name.
  const stored = await reencodeImage(opts.data, type.mime, fileName);
  const data = stored.data;
  const id = randomUUID();
  const month = opts.now.toISOString().slice(0, 7).replace('-', '/');
  const storageKey = `${opts.tenantId}/${month}/${id}`;
  await storage.put(storageKey, data, stored.mime);
  const attachment = em.create(Attachment, {
    id,
    tenant: opts.tenantId,
    kind: opts.kind,
    fileName: stored.fileName,
    mimeType: stored.mime,
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
