/**
 * `createServer(config)` boots the whole API — ORM, schema, HTTP and WebSocket on one port — and
 * returns handles. It reads no environment, installs no signal handlers and never exits the
 * process: `main.ts` and the tests both call it.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { initOrm } from './db/orm.js';
import { buildAppSchema } from './schema.js';
import {
  createContext,
  readToken,
  ShiftedClock,
  systemClock,
  TenantCache,
  type Clock,
  type Context,
  type ContextDeps,
} from './context.js';
import { AppError, ErrorCode, INTERNAL_MESSAGE } from './common/errors.js';
import { GraphqlPipeline } from './common/graphql-pipeline.js';
import { AuthService } from './auth/auth.service.js';
import path from 'node:path';
import { PgListener } from './common/pg-listener.js';
import { PgPubSub } from './common/events.js';
import { JobRunner } from './jobs/job.runner.js';
import { LocalDiskStorage, type FileStorage } from './attachment/file.storage.js';
import {
  attachmentForDownload,
  storeUpload,
  UPLOAD_LIMITS,
} from './attachment/attachment.service.js';
import { AttachmentKind } from './attachment/attachment.enums.js';
import { sendersFromConfig, type Senders } from './outbox/outbox.senders.js';
import { deliveryHandler, DELIVER_QUEUE } from './outbox/outbox.service.js';
import { importHandler, IMPORT_QUEUE } from './idea/import.service.js';
import { cleanupHandler, CLEANUP_QUEUE, scheduleCleanup } from './attachment/cleanup.job.js';
import { RateLimiter } from './common/rate-limit.js';
import { toDocx, toPdf, type AdminDocument } from './documents/admin.document.js';
import { minutesDocument, sheetDocument } from './council/minutes.document.js';
import { publishScheduledHandler, PUBLISH_QUEUE } from './content/post.service.js';
import {
  MEDIA_LIMITS,
  mainUrl,
  mediaFile,
  uploadMedia,
  variantUrl,
  type MediaUpload,
} from './content/media.service.js';
import { MediaKind } from './content/content.enums.js';

export interface Logger {
  info(message: string): void;
  error(message: string, err?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  error: (m, err) => console.error(m, err),
};

export interface ServerDeps {
  clock?: Clock;
  logger?: Logger;
  /** Receives every SQL statement (tests count statements per request). */
  onQuery?: (sql: string) => void;
  /** Mail and SMS delivery (the edges tests replace). */
  senders?: Senders;
  storage?: FileStorage;
}

export interface ServerHandles {
  /** The GraphQL endpoint over HTTP, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** The same endpoint over WebSocket (graphql-ws). */
  wsUrl: string;
  /** Base URL of the server (health check at `${origin}/health`). */
  origin: string;
  port: number;
  orm: MikroORM;
  schema: GraphQLSchema;
  /** The background job runner of this process (tests drain it to run due jobs at once). */
  jobs: JobRunner;
  stop(): Promise<void>;
}

function header(req: Request, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

export async function createServer(config: Config, deps: ServerDeps = {}): Promise<ServerHandles> {
  const logger = deps.logger ?? consoleLogger;
  // Demo mode's test clock (config refuses it elsewhere) shifts whatever clock we were given.
  const testClock = config.testClock ? new ShiftedClock(deps.clock ?? systemClock) : null;
  const clock = testClock ?? deps.clock ?? systemClock;
  const orm = await initOrm({
    databaseUrl: config.databaseUrl,
    logSql: config.logSql,
    onQuery: deps.onQuery,
  });
  const listener = new PgListener(config.databaseUrl, (m, err) => logger.error(m, err));
  try {
    await listener.start();
    const pubSub = new PgPubSub(listener);
    const schema = await buildAppSchema(pubSub);
    const storage = deps.storage ?? new LocalDiskStorage(path.resolve(config.storageDir));
    const senders = deps.senders ?? sendersFromConfig(config);
    const contextDeps: ContextDeps = {
      orm,
      config,
      clock,
      auth: new AuthService(config.sessionTtlHours),
      tenants: new TenantCache(),
      storage,
      // Set to the server's own address once it listens, unless configured.
      mediaUrl: config.mediaUrl ?? '',
    };
    const jobs = new JobRunner(
      orm,
      {
        [DELIVER_QUEUE]: deliveryHandler(senders, () => clock.now()),
        [IMPORT_QUEUE]: importHandler({ storage, clock, publicUrl: config.publicUrl }),
        [CLEANUP_QUEUE]: cleanupHandler({ storage, clock }),
        [PUBLISH_QUEUE]: publishScheduledHandler({ clock }),
      },
      clock,
      (m, err) => logger.error(m, err),
    );
    if (config.runJobs) {
      await scheduleCleanup(orm.em.fork(), clock.now());
      await jobs.start(listener);
    }
    const uploadLimiter = new RateLimiter(30, 10 * 60_000);
    const limits = { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity };
    const logError = (ref: string, err: unknown) => logger.error(`[lỗi ${ref}]`, err);

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    const httpServer = http.createServer(app);

    // One pipeline of parse options, validation rules, pre-execution checks and error wording
    // for both transports.
    const pipeline = new GraphqlPipeline(schema, {
      limits,
      introspection: config.introspection,
      hideSchemaDetails: config.env === 'production',
      logError,
    });

    // GraphQL over WebSocket (graphql-ws), same path, same context factory, same pipeline.
    const wsServer = new WebSocketServer({
      server: httpServer,
      path: '/graphql',
      maxPayload: config.bodyLimitBytes,
    });
    const wsCleanup = useServer<Record<string, unknown>>(
      {
        context: (ctx) => {
          const params = ctx.connectionParams ?? {};
          const headers = ctx.extra.request.headers;
          // A browser on another site could open this socket with the staff member's cookie
          // (WebSockets are not bound by CORS): the cookie counts only from an allowed origin.
          const origin = typeof headers.origin === 'string' ? headers.origin : null;
          const cookieAllowed = !origin || config.corsOrigins.includes(origin);
          const token =
            (typeof params.authorization === 'string' &&
              params.authorization.replace(/^Bearer /, '')) ||
            readToken(cookieAllowed ? headers : { authorization: headers.authorization });
          const tenantCode =
            (typeof params.tenant === 'string' && params.tenant) ||
            (typeof headers['x-tenant'] === 'string' ? headers['x-tenant'] : null);
          return createContext(contextDeps, {
            token: token || null,
            tenantCode,
            requestId: randomUUID(),
          });
        },
        onSubscribe: (_ctx, _id, payload) => pipeline.prepare(payload),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors?.length
            ? { ...result, errors: pipeline.formatAll(result.errors) }
            : undefined,
        onError: (_ctx, _id, _payload, errors) => pipeline.formatAll(errors),
      },
      wsServer,
    );

    const apollo = new ApolloServer<Context>({
      schema,
      // Introspection is governed by the pipeline's rules (the same on the socket).
      introspection: true,
      parseOptions: pipeline.parseOptions,
      validationRules: pipeline.validationRules,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      formatError: pipeline.formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        {
          async serverWillStart() {
            return {
              async drainServer() {
                await wsCleanup.dispose();
              },
            };
          },
        },
        pipeline.plugin(),
      ],
    });
    await apollo.start();

    app.get('/health', async (_req, res) => {
      try {
        await orm.em.getConnection().execute('select 1');
        res.json({ status: 'ok', database: 'ok', time: clock.now().toISOString() });
      } catch {
        res.status(503).json({ status: 'error', database: 'unreachable' });
      }
    });

    const contextFor = (req: Request, purpose?: string) =>
      createContext(contextDeps, {
        token: readToken(req.headers),
        tenantCode: header(req, 'x-tenant'),
        requestId: header(req, 'x-request-id') ?? randomUUID(),
        purpose,
      });
    const sendError = (res: Response, err: unknown) => {
      if (err instanceof AppError) {
        const status =
          {
            BAD_USER_INPUT: 400,
            UNAUTHENTICATED: 401,
            FORBIDDEN: 403,
            NOT_FOUND: 404,
            LIMITS_EXCEEDED: 413,
            RATE_LIMITED: 429,
          }[String(err.extensions.code)] ?? 400;
        const { http: _h, ...extensions } = err.extensions as Record<string, unknown>;
        res.status(status).json({ errors: [{ message: err.message, extensions }] });
        return;
      }
      logError('upload', err);
      res.status(500).json({
        errors: [
          { message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
        ],
      });
    };

    // Files: POST the raw bytes with the name in X-File-Name (URI-encoded); the answer's id is then
    // named in submitIdea/recordInPersonIdea/supplementIdea/startIdeaImport.
    app.post(
      '/uploads',
      express.raw({ type: () => true, limit: UPLOAD_LIMITS.fileBytes + 1 }),
      async (req, res) => {
        try {
          const ctx = await contextFor(req);
          if (
            ctx.viewer.kind === 'anonymous' &&
            !uploadLimiter.allow(req.ip ?? 'unknown', clock.now())
          ) {
            throw new AppError(
              ErrorCode.RATE_LIMITED,
              'Bạn tải lên quá nhiều tệp, vui lòng thử lại sau ít phút.',
            );
          }
          const kind =
            (String(req.query.kind ?? 'SUPPORTING') as AttachmentKind) in AttachmentKind
              ? (String(req.query.kind ?? 'SUPPORTING') as AttachmentKind)
              : AttachmentKind.SUPPORTING;
          let fileName = 'tep';
          try {
            fileName = decodeURIComponent(header(req, 'x-file-name') ?? 'tep');
          } catch {
            fileName = header(req, 'x-file-name') ?? 'tep';
          }
          const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const a = await storeUpload(ctx.em, storage, {
            tenantId: ctx.tenant.id,
            viewer: ctx.viewer,
            fileName,
            data,
            kind,
            now: clock.now(),
          });
          res.status(201).json({
            id: a.id,
            fileName: a.fileName,
            mimeType: a.mimeType,
            size: a.size,
            sha256: a.sha256,
          });
        } catch (err) {
          sendError(res, err);
        }
      },
    );
    app.get('/files/:id', async (req, res) => {
      try {
        const ctx = await contextFor(req, 'tải tệp đính kèm');
        const a = await attachmentForDownload(ctx.em, ctx.viewer, ctx.tenant.id, req.params.id);
        res.setHeader('Content-Type', a.mimeType);
        res.setHeader('Content-Length', String(a.size));
        res.setHeader(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
        );
        res.setHeader('Cache-Control', 'private, no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        (await storage.get(a.storageKey)).pipe(res);
      } catch (err) {
        sendError(res, err);
      }
    });

    // Council documents (Decree 30/2020 layout): the minutes and each member's scoring sheet.
    const sendDocument = async (
      res: Response,
      built: { doc: AdminDocument; name: string },
      format: string,
    ) => {
      if (format !== 'pdf' && format !== 'docx') {
        throw new AppError(ErrorCode.NOT_FOUND, 'Chỉ xuất được định dạng DOCX hoặc PDF.');
      }
      const pdf = format === 'pdf';
      const data = pdf ? await toPdf(built.doc) : await toDocx(built.doc);
      res.setHeader(
        'Content-Type',
        pdf
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${built.name}.${pdf ? 'pdf' : 'docx'}"`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.end(data);
    };
    app.get('/reviews/:id/minutes.:format', async (req, res) => {
      try {
        const ctx = await contextFor(req, 'xuất biên bản họp Hội đồng');
        await sendDocument(
          res,
          await minutesDocument(ctx, String(req.params.id)),
          String(req.params.format),
        );
      } catch (err) {
        sendError(res, err);
      }
    });
    app.get('/reviews/:id/sheets/:member.:format', async (req, res) => {
      try {
        const ctx = await contextFor(req, 'xuất phiếu chấm điểm');
        await sendDocument(
          res,
          await sheetDocument(ctx, String(req.params.id), String(req.params.member)),
          String(req.params.format),
        );
      } catch (err) {
        sendError(res, err);
      }
    });

    // The media library: POST /media as multipart/form-data (file, alt, caption, focalX, focalY)
    // or as raw bytes with the name in X-File-Name and the other fields as URI-encoded X-Alt,
    // X-Caption, X-Focal-X, X-Focal-Y headers. Images are converted to every variant before the
    // answer, which is the MediaAsset in JSON. Only staff sessions may upload; the custom header
    // or multipart body needs a CORS preflight from another origin, which the API does not grant.
    app.post(
      '/media',
      express.raw({ type: () => true, limit: MEDIA_LIMITS.fileBytes + 64 * 1024 }),
      async (req, res) => {
        try {
          // A session cookie alone must not let another site's form upload (CSRF): a browser
          // request from a foreign origin needs that origin allowed, as for /graphql.
          const origin = header(req, 'origin');
          if (
            !header(req, 'authorization') &&
            origin &&
            !config.corsOrigins.includes(origin) &&
            header(req, 'sec-fetch-site') !== 'same-origin'
          ) {
            throw new AppError(ErrorCode.FORBIDDEN, 'Không nhận tệp gửi từ trang web khác.');
          }
          const ctx = await contextFor(req);
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const contentType = header(req, 'content-type') ?? '';
          const decode = (v: string | null) => {
            if (v == null) return null;
            try {
              return decodeURIComponent(v);
            } catch {
              return v;
            }
          };
          const num = (v: string | null | undefined) => (v == null || v === '' ? null : Number(v));
          let upload: MediaUpload;
          if (/^multipart\/form-data/i.test(contentType)) {
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
            upload = {
              fileName: file.name || 'tep',
              data: Buffer.from(await file.arrayBuffer()),
              alt: text('alt'),
              caption: text('caption'),
              focalX: num(text('focalX')),
              focalY: num(text('focalY')),
            };
          } else {
            if (!header(req, 'x-file-name')) {
              throw new AppError(ErrorCode.BAD_USER_INPUT, 'Thiếu tên tệp (X-File-Name).');
            }
            upload = {
              fileName: decode(header(req, 'x-file-name')) ?? 'tep',
              data: body,
              alt: decode(header(req, 'x-alt')),
              caption: decode(header(req, 'x-caption')),
              focalX: num(header(req, 'x-focal-x')),
              focalY: num(header(req, 'x-focal-y')),
            };
          }
          const asset = await uploadMedia(
            {
              em: ctx.em,
              storage,
              viewer: ctx.viewer,
              tenantId: ctx.tenant.id,
              now: clock.now(),
            },
            upload,
          );
          res.status(201).json(mediaJson(asset, contextDeps.mediaUrl));
        } catch (err) {
          sendError(res, err);
        }
      },
    );
    // Media files are public and immutable: the file name carries a hash of its content.
    app.get('/media/:id/:file', async (req, res) => {
      try {
        const { asset, variant } = await mediaFile(
          orm.em.fork(),
          String(req.params.id),
          String(req.params.file),
        );
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
        (await storage.get(variant.storageKey)).pipe(res);
      } catch (err) {
        sendError(res, err);
      }
    });

    if (testClock) {
      // Demo mode only (config refuses KN_TEST_CLOCK elsewhere): the browser tests move time.
      app.post('/__test__/clock', express.json(), async (req, res) => {
        const body = (req.body ?? {}) as { now?: unknown; advanceMs?: unknown };
        if (typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now))) {
          testClock.set(new Date(body.now));
        } else if (typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs)) {
          testClock.advance(body.advanceMs);
        } else if (body.now !== undefined || body.advanceMs !== undefined) {
          res.status(400).json({ error: 'Gửi { "now": ISO } hoặc { "advanceMs": số }.' });
          return;
        }
        // Run whatever became due (scheduled publications) before answering.
        if (config.runJobs) await jobs.kick();
        res.json({ now: clock.now().toISOString() });
      });
    }

    app.use(
      '/graphql',
      (req, res, next) => {
        const origin = header(req, 'origin');
        if (origin && config.corsOrigins.includes(origin)) {
          res.setHeader('Access-Control-Allow-Origin', origin);
          res.setHeader('Access-Control-Allow-Credentials', 'true');
          res.setHeader('Vary', 'Origin');
          res.setHeader(
            'Access-Control-Allow-Headers',
            'content-type, authorization, x-tenant, x-request-id, apollo-require-preflight',
          );
          res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
          if (req.method === 'OPTIONS') {
            res.status(204).end();
            return;
          }
        }
        next();
      },
      express.json({ limit: config.bodyLimitBytes }),
      expressMiddleware(apollo, { context: async ({ req }) => contextFor(req) }),
    );

    // Errors before GraphQL runs (body too large, malformed JSON) answer in GraphQL's shape too.
    app.use(
      (
        err: { type?: string; status?: number },
        _req: Request,
        res: Response,
        _next: NextFunction,
      ) => {
        if (err?.type === 'entity.too.large') {
          res.status(413).json({
            errors: [
              {
                message: `Yêu cầu quá lớn (tối đa ${Math.round(config.bodyLimitBytes / 1000)} KB).`,
                extensions: { code: ErrorCode.LIMITS_EXCEEDED },
              },
            ],
          });
          return;
        }
        if (err?.type === 'entity.parse.failed') {
          res.status(400).json({
            errors: [
              {
                message: 'Nội dung yêu cầu không phải JSON hợp lệ.',
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              },
            ],
          });
          return;
        }
        logError('http', err);
        res.status(500).json({
          errors: [
            { message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
          ],
        });
      },
    );

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
    const origin = `http://${hostForUrl === '0.0.0.0' ? '127.0.0.1' : hostForUrl}:${port}`;
    contextDeps.mediaUrl = config.mediaUrl ?? origin;

    let stopped = false;
    return {
      url: `${origin}/graphql`,
      wsUrl: `${origin.replace(/^http/, 'ws')}/graphql`,
      origin,
      port,
      orm,
      schema,
      jobs,
      async stop() {
        if (stopped) return;
        stopped = true;
        await jobs.stop();
        await apollo.stop();
        await listener.stop();
        await orm.close(true);
      },
    };
  } catch (err) {
    await listener.stop();
    await orm.close(true);
    throw err;
  }
}

/** The answer of POST /media: the MediaAsset as GraphQL would give it. */
function mediaJson(asset: import('./content/media.entity.js').MediaAsset, base: string) {
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

export { loadConfig, ConfigError, type Config } from './config.js';
export type { Clock } from './context.js';
