import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../common/errors.js';
import { decodedHeader, header, originAllowed, type ContextFor } from '../common/http.js';
import { sendStored, type FileStorage } from '../attachment/file.storage.js';
import { MediaKind } from './content.enums.js';
import type { MediaAsset } from './media.entity.js';
import {
  MEDIA_LIMITS,
  mainUrl,
  mediaFile,
  uploadMedia,
  variantUrl,
  type MediaUpload,
} from './media.service.js';

/**
 * The media library: POST /media as multipart/form-data (file, alt, caption, focalX, focalY) or as
 * raw bytes with the name in X-File-Name and the other fields as URI-encoded X-Alt, X-Caption,
 * X-Focal-X, X-Focal-Y headers. Images are converted to every variant before the answer, which is
 * the MediaAsset in JSON. Only staff sessions may upload; the custom header or multipart body
 * needs a CORS preflight from another origin, which the API does not grant.
 * GET /media/:id/:file serves the files: public and immutable (the name carries a content hash).
 */
export function registerMediaRoutes(
  app: Express,
  deps: {
    contextFor: ContextFor<Context>;
    /** Media files are read without a viewer or tenant: they are public. */
    orm: MikroORM;
    storage: FileStorage;
    corsOrigins: readonly string[];
  },
) {
  const { contextFor } = deps;

  app.post(
    '/media',
    express.raw({ type: () => true, limit: MEDIA_LIMITS.fileBytes + 64 * 1024 }),
    async (req, res) => {
      // A session cookie alone must not let another site's form upload (CSRF): a browser
      // request from a foreign origin needs that origin allowed, as for /graphql.
      const origin = header(req, 'origin');
      if (
        !header(req, 'authorization') &&
        origin &&
        !originAllowed(origin, deps.corsOrigins) &&
        header(req, 'sec-fetch-site') !== 'same-origin'
      ) {
        throw new AppError(ErrorCode.FORBIDDEN, 'Không nhận tệp gửi từ trang web khác.');
      }
      const ctx = await contextFor(req);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const contentType = header(req, 'content-type') ?? '';
      const upload = /^multipart\/form-data/i.test(contentType)
        ? await fromForm(contentType, body)
        : fromHeaders(req, body);
      const asset = await uploadMedia(
        {
          em: ctx.em,
          storage: ctx.storage,
          viewer: ctx.viewer,
          tenantId: ctx.tenant.id,
          now: ctx.clock.now(),
        },
        upload,
      );
      res.status(201).json(mediaJson(asset, ctx.mediaUrl));
    },
  );

  app.get('/media/:id/:file', async (req, res) => {
    const { asset, variant } = await mediaFile(
      deps.orm.em.fork(),
      String(req.params.id),
      String(req.params.file),
    );
    const file = await deps.storage.get(variant.storageKey);
    res.setHeader('Content-Type', variant.mimeType);
    res.setHeader('Content-Length', String(variant.bytes));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (asset.kind === MediaKind.IMAGE) {
      res.setHeader('Content-Security-Policy', "default-src 'none'");
    } else {
      const inline = variant.mimeType === 'application/pdf' ? 'inline' : 'attachment';
      res.setHeader(
        'Content-Disposition',
        `${inline}; filename*=UTF-8''${encodeURIComponent(asset.filename)}`,
      );
    }
    await sendStored(file, res);
  });
}

const num = (v: string | null | undefined) => (v == null || v === '' ? null : Number(v));

async function fromForm(contentType: string, body: Buffer): Promise<MediaUpload> {
  let form: FormData;
  try {
    form = await new Request('http://local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Biểu mẫu tải lên không đọc được.');
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Thiếu tệp (trường "file").', {
      fieldErrors: { file: 'Vui lòng chọn tệp.' },
    });
  }
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : null;
  };
  return {
    fileName: file.name || 'tep',
    data: Buffer.from(await file.arrayBuffer()),
    alt: text('alt'),
    caption: text('caption'),
    focalX: num(text('focalX')),
    focalY: num(text('focalY')),
  };
}

function fromHeaders(req: express.Request, body: Buffer): MediaUpload {
  if (!header(req, 'x-file-name')) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Thiếu tên tệp (X-File-Name).');
  }
  return {
    fileName: decodedHeader(req, 'x-file-name') ?? 'tep',
    data: body,
    alt: decodedHeader(req, 'x-alt'),
    caption: decodedHeader(req, 'x-caption'),
    focalX: num(header(req, 'x-focal-x')),
    focalY: num(header(req, 'x-focal-y')),
  };
}

/** The answer of POST /media: the MediaAsset as GraphQL would give it. */
function mediaJson(asset: MediaAsset, base: string) {
  return {
    id: asset.id,
    kind: asset.kind,
    filename: asset.filename,
    mimeType: asset.mimeType,
    bytes: asset.bytes,
    alt: asset.alt ?? null,
    caption: asset.caption ?? null,
    width: asset.width ?? null,
    height: asset.height ?? null,
    focalX: asset.focalX ?? null,
    focalY: asset.focalY ?? null,
    url: mainUrl(base, asset),
    variants: asset.variants
      .filter((v) => v.name !== 'original')
      .map((v) => ({
        name: v.name,
        format: v.format,
        width: v.width,
        height: v.height,
        bytes: v.bytes,
        url: variantUrl(base, asset.id, v),
      })),
    createdAt: asset.createdAt.toISOString(),
  };
}
