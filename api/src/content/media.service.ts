import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp, { type Sharp } from 'sharp';
import type { Context } from '../context.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ErrorCode,
  NotFoundError,
} from '../common/errors.js';
import {
  assertAllowed,
  isStaff,
  mayReadContentDrafts,
  mayWriteContent,
  type Viewer,
} from '../common/access.js';
import { Validator, isUuid } from '../common/validate.js';
import { checkPageSize, decodeCursor, encodeCursor, type Page } from '../common/connection.js';
import { searchTerms, searchesNothing } from '../common/text.js';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { extensionOf, sniff } from '../attachment/sniff.js';
import type { FileStorage } from '../attachment/file.storage.js';
import { MediaKind } from './content.enums.js';
import { MediaAsset, type StoredVariant } from './media.entity.js';

export const MEDIA_LIMITS = {
  /** One uploaded file. */
  fileBytes: 15 * 1024 * 1024,
  /** Largest image accepted, in pixels (a 50-megapixel photo). */
  maxPixels: 50_000_000,
  altChars: 300,
  captionChars: 1000,
};

/** Named widths of an image (never enlarged), and the Open Graph crop. */
export const WIDTHS = [
  { name: 'thumb', width: 320 },
  { name: 'small', width: 640 },
  { name: 'medium', width: 1024 },
  { name: 'large', width: 1600 },
] as const;
export const OG_SIZE = { name: 'og', width: 1200, height: 630 } as const;
export const FORMATS = ['avif', 'webp', 'jpeg'] as const;
type Format = (typeof FORMATS)[number];

const MIME: Record<Format, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };
const EXT: Record<Format, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

interface ImageType {
  mime: string;
  extensions: string[];
  label: string;
}
const IMAGE_TYPES: Record<string, ImageType> = {
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
  png: { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
  webp: { mime: 'image/webp', extensions: ['webp'], label: 'ảnh WebP' },
  gif: { mime: 'image/gif', extensions: ['gif'], label: 'ảnh GIF' },
  avif: { mime: 'image/avif', extensions: ['avif'], label: 'ảnh AVIF' },
};
const DOCUMENT_MIMES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/x-ole-storage',
]);
const ACCEPTED =
  'ảnh JPEG, PNG, WebP, GIF, AVIF; tài liệu PDF, Word, Excel, PowerPoint, OpenDocument';

/** What a file is, from its bytes (the name only has to agree). */
export async function sniffMedia(
  data: Buffer,
): Promise<{ kind: MediaKind; type: ImageType } | null> {
  // AVIF by any of the ftyp box's brands, major or compatible: file-type only reads the major one
  // (an AVIF whose major brand is mif1 would be a HEIF to it), and the attachments' list has no AVIF.
  if (
    data.length > 12 &&
    data.subarray(4, 8).toString('latin1') === 'ftyp' &&
    /avif|avis/.test(data.subarray(8, Math.min(data.length, 40)).toString('latin1'))
  )
    return { kind: MediaKind.IMAGE, type: IMAGE_TYPES.avif! };
  const t = await sniff(data);
  if (!t) return null;
  const image = Object.values(IMAGE_TYPES).find((i) => i.mime === t.mime);
  if (image) return { kind: MediaKind.IMAGE, type: image };
  if (DOCUMENT_MIMES.has(t.mime)) return { kind: MediaKind.DOCUMENT, type: t };
  return null;
}

// Image work is CPU- and memory-heavy: at most two uploads are processed at a time per process.
let running = 0;
const waiting: (() => void)[] = [];
async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function cleanFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return (base || 'tep').slice(-200);
}

function hash8(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

function encode(pipeline: Sharp, format: Format): Sharp {
  switch (format) {
    case 'avif':
      return pipeline.avif({ quality: 55, effort: 2 });
    case 'webp':
      return pipeline.webp({ quality: 78 });
    case 'jpeg':
      return pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
  }
}

/** The crop box of the Open Graph image around the focal point (centre by default). */
export function ogCrop(
  width: number,
  height: number,
  focalX: number | null | undefined,
  focalY: number | null | undefined,
): { left: number; top: number; width: number; height: number } {
  const ratio = OG_SIZE.width / OG_SIZE.height;
  const fx = focalX ?? 0.5;
  const fy = focalY ?? 0.5;
  if (width / height > ratio) {
    const w = Math.max(1, Math.min(width, Math.round(height * ratio)));
    const left = Math.min(width - w, Math.max(0, Math.round(fx * width - w / 2)));
    return { left, top: 0, width: w, height };
  }
  const h = Math.max(1, Math.min(height, Math.round(width / ratio)));
  const top = Math.min(height - h, Math.max(0, Math.round(fy * height - h / 2)));
  return { left: 0, top, width, height: h };
}

/** Decodes once (EXIF orientation applied, metadata dropped) for the encoders to share. */
async function decode(data: Buffer) {
  const { data: pixels, info } = await sharp(data, {
    limitInputPixels: MEDIA_LIMITS.maxPixels,
    failOn: 'error',
  })
    .rotate()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const input = () =>
    sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
  return { input, width: info.width, height: info.height };
}

async function storeVariant(
  storage: FileStorage,
  prefix: string,
  name: string,
  format: Format,
  pipeline: Sharp,
): Promise<StoredVariant> {
  const { data, info } = await encode(pipeline, format).toBuffer({ resolveWithObject: true });
  const h = hash8(data);
  const storageKey = `${prefix}/${name}-${format}-${h}`;
  try {
    await storage.put(storageKey, data, MIME[format]);
  } catch (err) {
    // The same bytes are already stored under this content-hashed key (a crop that did not move).
    if ((err as { code?: string }).code !== 'EEXIST') throw err;
  }
  return {
    name,
    format,
    width: info.width,
    height: info.height,
    bytes: data.length,
    storageKey,
    file: `${name}-${info.width}x${info.height}-${h}.${EXT[format]}`,
    mimeType: MIME[format],
  };
}

/**
 * Every variant of an image: widths thumb 320, small 640, medium 1024, large 1600 (those no wider
 * than the original, and always the thumbnail) and the 1200×630 Open Graph crop around the focal
 * point; each in AVIF, WebP and JPEG. `only: 'og'` redoes the crop after the focal point moved.
 */
async function renderVariants(
  storage: FileStorage,
  prefix: string,
  original: Buffer,
  focal: { x: number | null; y: number | null },
  variants: StoredVariant[],
  only?: 'og',
): Promise<{ width: number; height: number }> {
  return withImageSlot(async () => {
    const { input, width, height } = await decode(original);
    if (!only) {
      for (const size of WIDTHS) {
        if (size.width > width && size.name !== 'thumb') continue;
        for (const format of FORMATS) {
          variants.push(
            await storeVariant(
              storage,
              prefix,
              size.name,
              format,
              input().resize({ width: size.width, withoutEnlargement: true }),
            ),
          );
        }
      }
    }
    const crop = ogCrop(width, height, focal.x, focal.y);
    for (const format of FORMATS) {
      variants.push(
        await storeVariant(
          storage,
          prefix,
          OG_SIZE.name,
          format,
          input().extract(crop).resize(OG_SIZE.width, OG_SIZE.height, { fit: 'fill' }),
        ),
      );
    }
    return { width, height };
  });
}

function checkFocal(v: Validator, x: number | null | undefined, y: number | null | undefined) {
  const ok = (n: number | null | undefined) =>
    n == null || (Number.isFinite(n) && n >= 0 && n <= 1);
  if (!ok(x)) v.add('focalX', 'Điểm trọng tâm phải nằm trong khoảng 0 đến 1.');
  if (!ok(y)) v.add('focalY', 'Điểm trọng tâm phải nằm trong khoảng 0 đến 1.');
  if ((x == null) !== (y == null)) v.add('focalY', 'Cần cả hai toạ độ của điểm trọng tâm.');
}

export interface MediaUpload {
  fileName: string;
  data: Buffer;
  alt?: string | null;
  caption?: string | null;
  focalX?: number | null;
  focalY?: number | null;
}

/**
 * Stores a file of the media library. The type is decided by the content and must agree with the
 * name; an image must have a description (alt) and is re-encoded into every variant before this
 * returns, so the answer already lists them.
 */
export async function uploadMedia(
  deps: { em: EntityManager; storage: FileStorage; viewer: Viewer; tenantId: string; now: Date },
  upload: MediaUpload,
): Promise<MediaAsset> {
  assertAllowed(
    deps.viewer,
    mayWriteContent(deps.viewer),
    'Chỉ biên tập viên được tải tệp lên thư viện media.',
  );
  const fileName = cleanFileName(upload.fileName);
  if (upload.data.length === 0) throw new BadInputError({ file: 'Tệp rỗng.' }, 'Tệp rỗng.');
  if (upload.data.length > MEDIA_LIMITS.fileBytes) {
    throw new AppError(
      ErrorCode.LIMITS_EXCEEDED,
      `Tệp "${fileName}" vượt quá ${MEDIA_LIMITS.fileBytes / 1024 / 1024} MB.`,
    );
  }
  const found = await sniffMedia(upload.data);
  if (!found) {
    throw new BadInputError(
      { file: `Nội dung tệp "${fileName}" không thuộc loại được nhận (${ACCEPTED}).` },
      'Loại tệp không được chấp nhận.',
    );
  }
  const ext = extensionOf(fileName);
  if (!found.type.extensions.includes(ext)) {
    throw new BadInputError(
      {
        file: `Tên tệp "${fileName}" có đuôi .${ext || '(không có)'} nhưng nội dung là ${found.type.label}.`,
      },
      'Đuôi tệp không khớp với nội dung tệp.',
    );
  }
  const v = new Validator();
  const image = found.kind === MediaKind.IMAGE;
  const alt = v.text('alt', upload.alt, {
    label: 'mô tả ảnh (alt) cho người khiếm thị',
    required: image,
    max: MEDIA_LIMITS.altChars,
  });
  const caption = v.text('caption', upload.caption, {
    label: 'chú thích',
    max: MEDIA_LIMITS.captionChars,
    multiline: true,
  });
  checkFocal(v, upload.focalX, upload.focalY);
  v.throwIfInvalid();

  const id = randomUUID();
  const prefix = `${deps.tenantId}/media/${id}`;
  const storageKey = `${prefix}/original`;
  let width: number | null = null;
  let height: number | null = null;
  let variants: StoredVariant[] = [];
  if (image) {
    try {
      const r = await renderVariants(
        deps.storage,
        prefix,
        upload.data,
        { x: upload.focalX ?? null, y: upload.focalY ?? null },
        variants,
      );
      width = r.width;
      height = r.height;
    } catch (err) {
      await deleteFiles(deps.storage, variants);
      const tooBig = /pixel limit/i.test(String(err));
      throw new BadInputError(
        {
          file: tooBig
            ? `Ảnh "${fileName}" quá lớn (tối đa ${MEDIA_LIMITS.maxPixels / 1_000_000} triệu điểm ảnh).`
            : `Không đọc được ảnh "${fileName}": tệp bị hỏng hoặc không phải ảnh.`,
        },
        tooBig ? 'Ảnh quá lớn.' : 'Tệp ảnh không hợp lệ.',
      );
    }
  } else {
    const h = hash8(upload.data);
    variants = [
      {
        name: 'original',
        format: ext,
        width: 0,
        height: 0,
        bytes: upload.data.length,
        storageKey,
        file: `${h}.${ext}`,
        mimeType: found.type.mime,
      },
    ];
  }
  await deps.storage.put(storageKey, upload.data, found.type.mime);
  const asset = deps.em.create(MediaAsset, {
    id,
    tenant: deps.tenantId,
    kind: found.kind,
    filename: fileName,
    mimeType: found.type.mime,
    bytes: upload.data.length,
    sha256: createHash('sha256').update(upload.data).digest('hex'),
    alt,
    caption,
    width,
    height,
    focalX: upload.focalX ?? null,
    focalY: upload.focalY ?? null,
    storageKey,
    variants,
    uploadedBy: isStaff(deps.viewer) ? deps.viewer.userId : null,
    createdAt: deps.now,
    updatedAt: deps.now,
  });
  await deps.em.flush();
  return asset;
}

async function deleteFiles(
  storage: FileStorage,
  variants: StoredVariant[],
  originalKey?: string,
): Promise<void> {
  for (const v of variants) await storage.delete(v.storageKey);
  if (originalKey) await storage.delete(originalKey);
}

/** Public URL of a variant (immutable: the file name carries its content hash). */
export function variantUrl(base: string, assetId: string, v: StoredVariant): string {
  return `${base}/media/${assetId}/${v.file}`;
}

/** The document itself, or for an image its largest JPEG width variant. */
export function mainUrl(base: string, asset: MediaAsset): string {
  const stored = asset.variants;
  const original = stored.find((v) => v.name === 'original');
  if (original) return variantUrl(base, asset.id, original);
  const jpeg = stored
    .filter((v) => v.format === 'jpeg' && v.name !== OG_SIZE.name)
    .sort((a, b) => b.width - a.width)[0];
  return jpeg ? variantUrl(base, asset.id, jpeg) : '';
}

export async function getMedia(ctx: Context, id: string): Promise<MediaAsset> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tệp trong thư viện.');
  const asset = await ctx.em.findOne(MediaAsset, { id, tenant: ctx.tenant.id });
  if (!asset) throw new NotFoundError('Không tìm thấy tệp trong thư viện.');
  return asset;
}

export async function updateMedia(
  ctx: Context,
  id: string,
  input: {
    alt?: string | null;
    caption?: string | null;
    focalX?: number | null;
    focalY?: number | null;
  },
): Promise<MediaAsset> {
  assertAllowed(
    ctx.viewer,
    mayWriteContent(ctx.viewer),
    'Chỉ biên tập viên được sửa thư viện media.',
  );
  const asset = await getMedia(ctx, id);
  const v = new Validator();
  const image = asset.kind === MediaKind.IMAGE;
  const alt = v.text('alt', input.alt, {
    label: 'mô tả ảnh (alt) cho người khiếm thị',
    required: image,
    max: MEDIA_LIMITS.altChars,
  });
  const caption = v.text('caption', input.caption, {
    label: 'chú thích',
    max: MEDIA_LIMITS.captionChars,
    multiline: true,
  });
  checkFocal(v, input.focalX, input.focalY);
  v.throwIfInvalid();
  asset.alt = alt;
  asset.caption = caption;
  const fx = input.focalX ?? null;
  const fy = input.focalY ?? null;
  if (image && (fx !== (asset.focalX ?? null) || fy !== (asset.focalY ?? null))) {
    // The Open Graph crop follows the focal point: re-render it (new files, new URLs).
    const original = await readAll(await ctx.storage.get(asset.storageKey));
    const variants: StoredVariant[] = [];
    await renderVariants(
      ctx.storage,
      `${ctx.tenant.id}/media/${asset.id}`,
      original,
      { x: fx, y: fy },
      variants,
      'og',
    );
    const kept = new Set(variants.map((x) => x.storageKey));
    const old = asset.variants.filter((x) => x.name === OG_SIZE.name && !kept.has(x.storageKey));
    asset.variants = [...asset.variants.filter((x) => x.name !== OG_SIZE.name), ...variants];
    asset.focalX = fx;
    asset.focalY = fy;
    await ctx.em.flush();
    await deleteFiles(ctx.storage, old);
    return asset;
  }
  asset.focalX = fx;
  asset.focalY = fy;
  await ctx.em.flush();
  return asset;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** Where a media file is still used (deleting it would break those). */
async function usages(em: EntityManager, tenantId: string, id: string): Promise<string[]> {
  const rows = await em.execute<{ what: string; title: string }[]>(
    `select 'bài' as what, title from post where tenant_id = ? and (cover_image_id = ? or og_image_id = ? or body::text like ?)
     union all select 'băng-rôn', title from banner where tenant_id = ? and image_id = ?
     union all select 'ý tưởng', i.title from idea_seo s join idea i on i.id = s.idea_id where s.tenant_id = ? and s.og_image_id = ?
     limit 5`,
    [tenantId, id, id, `%${id}%`, tenantId, id, tenantId, id],
  );
  return rows.map((r) => `${r.what} "${r.title}"`);
}

export async function deleteMedia(ctx: Context, id: string): Promise<boolean> {
  assertAllowed(ctx.viewer, mayWriteContent(ctx.viewer), 'Chỉ biên tập viên được xóa tệp media.');
  const asset = await getMedia(ctx, id);
  const used = await usages(ctx.em, ctx.tenant.id, asset.id);
  if (used.length) {
    throw new ConflictError(
      `Không thể xóa "${asset.filename}" vì đang được dùng ở ${used.join(', ')}. Hãy gỡ tệp khỏi các nội dung đó trước.`,
      { usedBy: used },
    );
  }
  const files = asset.variants;
  const originalKey = asset.storageKey;
  await ctx.em.nativeDelete(MediaAsset, { id: asset.id });
  await deleteFiles(
    ctx.storage,
    files.filter((f) => f.storageKey !== originalKey),
    originalKey,
  );
  return true;
}

export async function listMedia(
  ctx: Context,
  args: { search?: string | null; kind?: MediaKind | null; first: number; after?: string | null },
): Promise<Page<MediaAsset>> {
  assertAllowed(
    ctx.viewer,
    mayReadContentDrafts(ctx.viewer),
    'Chỉ biên tập viên xem được thư viện media.',
  );
  const first = checkPageSize(args.first);
  const order = 'MEDIA:CREATED_AT:DESC';
  // raw() fragments are used once: the list and the count each build their own filter.
  const filters = (): FilterQuery<MediaAsset>[] => {
    const where: FilterQuery<MediaAsset>[] = [{ tenant: ctx.tenant.id }];
    if (args.kind) where.push({ kind: args.kind });
    if (searchesNothing(args.search))
      where.push({ [raw(() => 'false')]: [] } as FilterQuery<MediaAsset>);
    for (const term of searchTerms(args.search ?? '')) {
      where.push({
        [raw(
          (a) =>
            `kn_unaccent(${a}.filename || ' ' || coalesce(${a}.alt, '') || ' ' || coalesce(${a}.caption, '')) like ?`,
          [`%${term}%`],
        )]: [],
      } as FilterQuery<MediaAsset>);
    }
    return where;
  };
  const where = filters();
  if (args.after) {
    const { value, id } = decodeCursor(args.after, order);
    const at = new Date(value);
    where.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }] });
  }
  const rows = await ctx.em.find(MediaAsset, { $and: where } as FilterQuery<MediaAsset>, {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(order, n.createdAt.toISOString(), n.id)),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    count: () => ctx.em.count(MediaAsset, { $and: filters() } as FilterQuery<MediaAsset>),
  };
}

/** The file behind a public media URL (any tenant: the id is unguessable and the file public). */
export async function mediaFile(
  em: EntityManager,
  id: string,
  file: string,
): Promise<{ asset: MediaAsset; variant: StoredVariant }> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tệp.');
  const asset = await em.findOne(MediaAsset, { id });
  const variant = asset?.variants.find((v) => v.file === file);
  if (!asset || !variant) throw new NotFoundError('Không tìm thấy tệp.');
  return { asset, variant };
}
