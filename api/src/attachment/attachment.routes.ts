import express, { type Express } from 'express';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../common/errors.js';
import { decodedHeader, type ContextFor } from '../common/http.js';
import type { RateLimiter } from '../common/rate-limit.js';
import { AttachmentKind } from './attachment.enums.js';
import {
  attachmentForDownload,
  fileTooLarge,
  storeUpload,
  UPLOAD_LIMITS,
} from './attachment.service.js';
import { sendStored } from './file.storage.js';

/**
 * Files: POST /uploads takes the raw bytes with the name in X-File-Name (URI-encoded); the
 * answer's id is then named in submitIdea/recordInPersonIdea/supplementIdea/startIdeaImport.
 * GET /files/:id downloads an attachment the viewer may see.
 */
export function registerAttachmentRoutes(
  app: Express,
  deps: {
    contextFor: ContextFor<Context>;
    /** Anonymous uploads per address and window, shared by every API process. */
    anonymousUploads: RateLimiter;
  },
) {
  const { contextFor, anonymousUploads } = deps;
  const rawBody = express.raw({ type: () => true, limit: UPLOAD_LIMITS.fileBytes + 1 });

  app.post(
    '/uploads',
    // A file over the limit is answered like one the service refuses (its name and the 10 MB),
    // not with the generic "request too large" of the GraphQL body limit.
    (req, res, next) =>
      rawBody(req, res, (err?: unknown) => {
        if ((err as { type?: string } | undefined)?.type === 'entity.too.large')
          next(fileTooLarge(decodedHeader(req, 'x-file-name') ?? 'tep'));
        else next(err);
      }),
    async (req, res) => {
      const ctx = await contextFor(req);
      const waitMs =
        ctx.viewer.kind === 'anonymous' ? await anonymousUploads.hit(req.ip ?? 'unknown') : null;
      if (waitMs !== null) {
        const retryAfterSeconds = Math.ceil(waitMs / 1000);
        res.setHeader('Retry-After', String(retryAfterSeconds));
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          'Bạn tải lên quá nhiều tệp, vui lòng thử lại sau ít phút.',
          { retryAfterSeconds },
        );
      }
      const requested = String(req.query.kind ?? 'SUPPORTING') as AttachmentKind;
      const kind = requested in AttachmentKind ? requested : AttachmentKind.SUPPORTING;
      const a = await storeUpload(ctx.em, ctx.storage, {
        tenantId: ctx.tenant.id,
        viewer: ctx.viewer,
        fileName: decodedHeader(req, 'x-file-name') ?? 'tep',
        data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        kind,
        now: ctx.clock.now(),
      });
      res.status(201).json({
        id: a.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
      });
    },
  );

  app.get('/files/:id', async (req, res) => {
    const ctx = await contextFor(req, 'tải tệp đính kèm');
    const a = await attachmentForDownload(ctx.em, ctx.viewer, ctx.tenant.id, req.params.id);
    const file = await ctx.storage.get(a.storageKey);
    res.setHeader('Content-Type', a.mimeType);
    res.setHeader('Content-Length', String(a.size));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await sendStored(file, res);
  });
}
