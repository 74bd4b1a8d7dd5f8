/**
 * `createServer(config)` wires the whole API — ORM, background jobs, GraphQL over HTTP and
 * WebSocket, and the plain-HTTP routes each feature registers from its own `*.routes.ts` — on one
 * port and returns handles. It reads no environment, installs no signal handlers and never exits
 * the process: `main.ts` and the tests both call it. How errors become HTTP answers lives in
 * `common/http.ts`.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { languageOf } from './common/language.js';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { WebSocketServer } from 'ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context as GraphqlWsContext } from 'graphql-ws';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, type Config } from './config.js';
import { initOrm } from './db/orm.js';
import { buildAppSchema, printAppSchema } from './schema.js';
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
import { GraphqlPipeline } from './common/graphql-pipeline.js';
import {
  errorHandler,
  graphqlCors,
  header,
  originAllowed,
  type ContextFor,
  type LogError,
} from './common/http.js';
import { PgListener } from './common/pg-listener.js';
import {
  ErrorCode,
  HTTP_STATUS,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  ServiceUnavailableError,
} from './common/errors.js';
import { PUBLIC_CONTENT_CHANNEL, PublicResponseCache } from './common/public-cache.js';
import { PgPubSub } from './common/events.js';
import { registerTestClockRoutes } from './common/test-clock.routes.js';
import { AuthService } from './auth/auth.service.js';
import { LoginLimiter } from './auth/login.limiter.js';
import { guardTwoFactorEnrolment } from './auth/two-factor.gate.js';
import { installJobQueue, JobQueue } from './jobs/job.runner.js';
import { RateLimiter } from './common/rate-limit.js';
import { storageFromConfig, type FileStorage } from './attachment/file.storage.js';
import { registerAttachmentRoutes } from './attachment/attachment.routes.js';
import { cleanupTask } from './attachment/cleanup.job.js';
import { sendersFromConfig, type Senders } from './outbox/outbox.senders.js';
import { deliveryHandler, DELIVER_QUEUE } from './outbox/outbox.service.js';
import { importHandler, IMPORT_QUEUE } from './idea/import.service.js';
import { registerCouncilRoutes } from './council/council.routes.js';
import { registerMovementRoutes } from './movement/movement.routes.js';
import { registerReportRoutes } from './report/report.routes.js';
import { registerExportRoutes } from './report/initiative-export.js';
import { REPORT_QUEUE, reportHandler } from './report/hub-report.service.js';
import { unitReportReminderTask } from './report/unit-report.service.js';
import {
  publishDuePostsTask,
  publishScheduledHandler,
  PUBLISH_QUEUE,
} from './content/post.service.js';
import { registerMediaRoutes } from './content/media.routes.js';
import pg from 'pg';
import { bodyHandOff, CompiledReads } from './common/compiled-read.js';
import { compileIdea, compileIdeaCounters, compileIdeas } from './idea/idea.compiled.js';
import { compilePosts } from './content/post.compiled.js';
import { PERSONAL_DATA_READ_PURPOSE } from './audit/audit.service.js';
import { PartnerLimits } from './partner/partner-limits.js';
import { PublicLimits } from './common/public-limits.js';
import { AddressLimits } from './common/address-limits.js';
import { registerPartnerDocs } from './partner/partner-docs.js';
import { WEBHOOK_QUEUE, webhookDeliveryHandler } from './partner/webhook.service.js';
import { isStaff } from './common/access.js';
import { API_KEY_HEADER, guardPartnerOperation } from './partner/api-key.service.js';
import { TenantStatus } from './tenant/tenant.enums.js';
import {
  DEFAULT_MANIFEST_PATH,
  PersistedOperations,
  operationNotAllowed,
} from './partner/persisted-operations.js';

/** The close reason sent with code 1012 on shutdown (at most 123 bytes). */
export const WS_RESTART_REASON = 'Máy chủ khởi động lại, hãy kết nối lại / restarting, reconnect';

export interface Logger {
  info(message: string): void;
  error(message: string, err?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  error: (m, err) => (err === undefined ? console.error(m) : console.error(m, err)),
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
  /** This process's side of the job queue (tests drain it to run due jobs at once). */
  jobs: JobQueue;
  stop(): Promise<void>;
}

export async function createServer(config: Config, deps: ServerDeps = {}): Promise<ServerHandles> {
  const logger = deps.logger ?? consoleLogger;
  // Demo mode's test clock (config refuses it elsewhere) shifts whatever clock we were given.
  const testClock = config.testClock ? new ShiftedClock(deps.clock ?? systemClock) : null;
  const clock = testClock ?? deps.clock ?? systemClock;
  // The apps' registered operations: answered by hash, and in allow-list mode all a stranger runs.
  let persisted: PersistedOperations;
  try {
    persisted = PersistedOperations.load(
      config.persistedOperationsFile ?? DEFAULT_MANIFEST_PATH,
      config.persistedQueries,
    );
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const orm = await initOrm({
    databaseUrl: config.databaseUrl,
    logSql: config.logSql,
    onQuery: deps.onQuery,
  });
  const listener = new PgListener(config.databaseUrl, (m, err) => logger.error(m, err));
  // The compiled anonymous reads' own connections (plain `pg`: no ORM on that path).
  const readPool =
    config.compiledReadPool > 0
      ? new pg.Pool({
          connectionString: config.compiledReadUrl ?? config.databaseUrl,
          max: config.compiledReadPool,
          // An unreachable replica costs a request at most this before the general path answers.
          connectionTimeoutMillis: 3000,
        })
      : null;
  // With a read replica, the compiled staff reads keep to the primary.
  const staffReadPool =
    readPool && config.compiledReadUrl
      ? new pg.Pool({
          connectionString: config.databaseUrl,
          max: config.compiledReadPool,
          connectionTimeoutMillis: 3000,
        })
      : null;
  // An idle connection cut by PostgreSQL (restart, failover) must not take the process down;
  // the pool opens a new one on the next read.
  readPool?.on('error', () => undefined);
  staffReadPool?.on('error', () => undefined);
  let jobs: JobQueue | null = null;
  let uploadLimiter: RateLimiter | null = null;
  let partnerLimits: PartnerLimits | null = null;
  let publicLimits: PublicLimits | null = null;
  // Strangers' requests per address, shared through PostgreSQL in batches (common/address-limits).
  const addressPool =
    config.anonymousRequestsPerMinute > 0
      ? new pg.Pool({ connectionString: config.databaseUrl, max: 1 })
      : null;
  addressPool?.on('error', () => undefined);
  const addressLimits =
    addressPool &&
    new AddressLimits(addressPool, {
      perMinute: config.anonymousRequestsPerMinute,
      trustProxy: config.trustProxy,
      onError: (err) => logger.error('[giới hạn theo địa chỉ]', err),
    });
  try {
    // graphile-worker's schema, in every database the API runs on (idempotent).
    await installJobQueue(config.databaseUrl);
    await listener.start();
    const pubSub = new PgPubSub(listener);
    const schema = await buildAppSchema(pubSub);
    const storage = deps.storage ?? storageFromConfig(config);
    const senders = deps.senders ?? sendersFromConfig(config);
    const limiter = new LoginLimiter(config.databaseUrl);
    publicLimits = new PublicLimits(config);
    const contextDeps: ContextDeps = {
      orm,
      config,
      clock,
      auth: new AuthService(config.sessionTtlHours, limiter),
      tenants: new TenantCache(config.tenantCacheSeconds * 1000),
      storage,
      // Set to the server's own address once it listens, unless configured.
      mediaUrl: config.mediaUrl ?? '',
      limits: publicLimits,
    };
    uploadLimiter = new RateLimiter(config.databaseUrl, {
      keyPrefix: 'upload_anon',
      max: config.anonymousUploadsPerWindow,
      windowSeconds: 10 * 60,
    });
    jobs = new JobQueue({
      databaseUrl: config.databaseUrl,
      orm,
      handlers: {
        [DELIVER_QUEUE]: deliveryHandler(senders, () => clock.now()),
        [IMPORT_QUEUE]: importHandler({ storage, clock, publicUrl: config.publicUrl }),
        [PUBLISH_QUEUE]: publishScheduledHandler({ clock }),
        [REPORT_QUEUE]: reportHandler({ storage, now: () => clock.now() }),
        [WEBHOOK_QUEUE]: webhookDeliveryHandler({
          now: () => clock.now(),
          publicUrl: config.publicUrl,
        }),
      },
      cron: [
        cleanupTask({ storage, clock }),
        publishDuePostsTask({ clock }),
        unitReportReminderTask({ clock }),
      ],
      clock,
      log: (m, err) => logger.error(m, err),
      concurrency: config.jobConcurrency,
      retentionDays: config.jobRetentionDays,
      followAppClock: clock !== systemClock,
    });
    if (config.runJobs) await jobs.start();
    const jobQueue = jobs;
    const anonymousUploads = uploadLimiter;
    partnerLimits = new PartnerLimits(config.databaseUrl);
    const logError = (ref: string, err: unknown) => logger.error(`[lỗi ${ref}]`, err);
    const contextFor: ContextFor<Context> = (req, purpose) =>
      createContext(contextDeps, {
        token: readToken(req.headers),
        tenantCode: header(req, 'x-tenant'),
        requestId: header(req, 'x-request-id') ?? randomUUID(),
        purpose,
      });

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    // One pipeline of parse options, validation rules, pre-execution checks and error wording
    // for GraphQL over HTTP, over WebSocket and for the compiled reads.
    const pipeline = new GraphqlPipeline(schema, {
      limits: { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity },
      introspection: config.introspection,
      hideSchemaDetails: config.env === 'production',
      logError,
      guardOperation: (ctx, operation) => {
        guardTwoFactorEnrolment(ctx as Context, operation);
        guardPartnerOperation((ctx as Context | undefined)?.partner, operation);
      },
      // Allow-list mode: a stranger (no session, no key) runs only the apps' registered operations.
      guardSource: persisted.allowlist
        ? (ctx, queryHash) => {
            const c = ctx as Context;
            if (!isStaff(c.viewer) && !c.partner && !persisted.byHashOf(queryHash))
              throw operationNotAllowed();
          }
        : undefined,
      // In production, introspection is for staff and partners with a key, not for strangers.
      introspectionAllowed: (ctx) =>
        isStaff((ctx as Context).viewer) || Boolean((ctx as Context).partner),
    });
    // Anonymous reads the compiler knows are answered in front of Express (common/compiled-read).
    const compiled =
      readPool &&
      new CompiledReads({
        schema,
        validationRules: pipeline.validationRules,
        checkOperation: (document, operation, variables) =>
          pipeline.checkOperation(document, operation, variables),
        roots: {
          ideas: compileIdeas,
          idea: compileIdea,
          ideaCounters: compileIdeaCounters,
          posts: compilePosts,
        },
        pool: readPool,
        // The hub's inbox and lists: on the primary (they write the personal-data audit and must
        // show what the hub just changed), through the ORM's pool when it is not a replica.
        staff: {
          pool: staffReadPool ?? readPool,
          roots: { ideas: compileIdeas },
          now: () => clock.now(),
          purpose: PERSONAL_DATA_READ_PURPOSE,
        },
        onQuery: deps.onQuery,
      }).httpHandler({
        path: '/graphql',
        maxBodyBytes: config.bodyLimitBytes,
        token: (req) => readToken(req.headers),
        // A partner's key is counted and limited per request by the general path.
        general: (req) => req.headers[API_KEY_HEADER] !== undefined,
        // Allow-list mode: a stranger's unregistered document goes to the general path to be refused.
        admitAnonymous: persisted.allowlist ? (query) => persisted.hasText(query) : undefined,
        tenantFor: (req) => {
          // Only a commune already cached and active; the general path reads and refuses the rest.
          const code = req.headers['x-tenant'];
          const tenant = contextDeps.tenants.peek(
            (typeof code === 'string' && code) || config.defaultTenantCode,
          );
          return tenant && tenant.status !== TenantStatus.SUSPENDED ? tenant : null;
        },
        onError: (err) => logError(randomUUID().slice(0, 8), err),
      });
    const handle: http.RequestListener = compiled
      ? (req, res) => compiled(req, res, () => void app(req, res))
      : app;
    const httpServer = http.createServer(
      addressLimits
        ? (req, res) => {
            // A stranger's GraphQL request (no session, no partner key) is counted per address.
            if (
              req.url?.startsWith('/graphql') &&
              req.method !== 'OPTIONS' &&
              !readToken(req.headers) &&
              req.headers[API_KEY_HEADER] === undefined &&
              !addressLimits.admit(req, res)
            )
              return;
            handle(req, res);
          }
        : handle,
    );
    // Anonymous GET reads are cached until public content changes (NOTIFY after commit) or
    // their time bucket turns over; a reconnect of the listener may have missed a change.
    const publicCache = new PublicResponseCache({
      maxAgeSeconds: config.publicCacheSeconds,
      now: () => clock.now(),
      // A request with a partner's key is counted and limited: never answered from the cache.
      isAnonymous: (req) => !readToken(req.headers) && req.headers[API_KEY_HEADER] === undefined,
    });
    await listener.on(PUBLIC_CONTENT_CHANNEL, () => publicCache.bump());
    listener.onConnect(() => publicCache.bump());
    const apollo = await startGraphql({
      app,
      httpServer,
      schema,
      config,
      contextDeps,
      contextFor,
      logError,
      publicCache,
      pipeline,
      partnerLimits,
      persisted,
    });

    app.get('/health', async (_req, res) => {
      try {
        await orm.em.getConnection().execute('select 1');
        res.json({ status: 'ok', database: 'ok', time: clock.now().toISOString() });
      } catch {
        // Load balancers take the instance out of rotation; it recovers by itself when
        // PostgreSQL answers again (the pools open new connections on the next request).
        res
          .status(HTTP_STATUS.SERVICE_UNAVAILABLE.http)
          .set('Retry-After', String(RETRY_AFTER_SECONDS))
          .json({
            status: 'error',
            database: 'down',
            code: ErrorCode.SERVICE_UNAVAILABLE,
            time: clock.now().toISOString(),
          });
      }
    });
    registerAttachmentRoutes(app, { contextFor, anonymousUploads });
    // The partners' documentation and the contract it describes.
    const sdl = printAppSchema(schema);
    registerPartnerDocs(app, { sdl: () => sdl });
    registerCouncilRoutes(app, { contextFor });
    registerMovementRoutes(app, { contextFor });
    registerReportRoutes(app, { contextFor, storage });
    registerExportRoutes(app, { contextFor });
    registerMediaRoutes(app, { contextFor, orm, storage, corsOrigins: config.corsOrigins });
    if (testClock) {
      registerTestClockRoutes(app, {
        clock: testClock,
        runDueJobs: config.runJobs ? async () => void (await jobQueue.drain()) : null,
      });
    }
    // Whatever a route throws, and the body parser's refusals, answer in GraphQL's error shape.
    app.use(errorHandler({ bodyLimitBytes: config.bodyLimitBytes, logError }));

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
      jobs: jobQueue,
      async stop() {
        if (stopped) return;
        stopped = true;
        // Graceful: the HTTP server stops accepting, in-flight requests finish (Apollo's drain,
        // at most 10 s), WebSocket clients are told to reconnect (1012), the job queue finishes
        // its current jobs; then the listener, the limiters' pools and the ORM's pool close.
        await Promise.all([jobQueue.stop(), apollo.stop()]);
        await listener.stop();
        await limiter.close();
        await anonymousUploads.close();
        await partnerLimits?.close();
        await publicLimits?.close();
        await addressLimits?.close();
        await addressPool?.end();
        await readPool?.end();
        await staffReadPool?.end();
        await orm.close(true);
      },
    };
  } catch (err) {
    await jobs?.stop();
    await uploadLimiter?.close();
    await partnerLimits?.close();
    await publicLimits?.close();
    await addressPool?.end();
    await listener.stop();
    await readPool?.end();
    await staffReadPool?.end();
    await orm.close(true);
    throw err;
  }
}

/**
 * GraphQL on /graphql over HTTP (Apollo, behind CORS and the body limit) and over WebSocket
 * (graphql-ws on the same path), sharing one pipeline of parse options, validation rules,
 * pre-execution checks and error wording, and the same context factory.
 */
async function startGraphql(opts: {
  app: Express;
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  contextDeps: ContextDeps;
  contextFor: ContextFor<Context>;
  logError: LogError;
  publicCache: PublicResponseCache;
  pipeline: GraphqlPipeline;
  partnerLimits: PartnerLimits;
  persisted: PersistedOperations;
}): Promise<ApolloServer<Context>> {
  const { app, httpServer, schema, config, contextDeps, pipeline, persisted } = opts;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.bodyLimitBytes,
  });
  const wsContext = (ctx: GraphqlWsContext<Record<string, unknown>, Extra>): Promise<Context> => {
    const params = ctx.connectionParams ?? {};
    const headers = ctx.extra.request.headers;
    // A browser on another site could open this socket with the staff member's cookie
    // (WebSockets are not bound by CORS): the cookie counts only from an allowed origin.
    const origin = typeof headers.origin === 'string' ? headers.origin : null;
    const cookieAllowed = !origin || originAllowed(origin, config.corsOrigins);
    const token =
      (typeof params.authorization === 'string' && params.authorization.replace(/^Bearer /, '')) ||
      readToken(cookieAllowed ? headers : { authorization: headers.authorization });
    const tenantCode =
      (typeof params.tenant === 'string' && params.tenant) ||
      (typeof headers['x-tenant'] === 'string' ? headers['x-tenant'] : null);
    return createContext(contextDeps, {
      token: token || null,
      tenantCode,
      requestId: randomUUID(),
    });
  };
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      context: (ctx) => wsContext(ctx),
      onSubscribe: async (ctx, _id, payload) => {
        const args = pipeline.prepare(payload);
        if (Array.isArray(args) || !persisted.allowlist || persisted.hasText(payload.query))
          return args;
        // Allow-list mode: an unregistered document runs only for a signed-in staff member.
        const contextValue = await wsContext(ctx);
        if (!isStaff(contextValue.viewer)) return [operationNotAllowed()];
        return { ...(args as object), contextValue } as typeof args;
      },
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? { ...result, errors: pipeline.formatAll(result.errors, ctx) }
          : undefined,
      onError: (ctx, _id, _payload, errors) => pipeline.formatAll(errors, ctx),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    // Introspection is governed by the pipeline's rules (the same on the socket).
    introspection: true,
    // Automatic persisted queries, the apps' registered operations known from the start.
    persistedQueries: { cache: persisted.apolloCache() },
    parseOptions: pipeline.parseOptions,
    validationRules: pipeline.validationRules,
    includeStacktraceInErrorResponses: false,
    // A GET must carry a header a form or an <img> cannot send; the apps send the tenant's.
    csrfPrevention: {
      requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'x-tenant'],
    },
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handlers would stop
    // only Apollo and then re-send the signal, cutting the rest of the shutdown short.
    stopOnTerminationSignals: false,
    formatError: pipeline.formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin wraps every field's resolver to collect @cacheControl hints,
      // which this schema does not use (public answers are cached by PublicResponseCache). Off; its
      // one visible effect, `Cache-Control: no-store` on every answer, is kept below.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              if (!response.http.headers.has('cache-control'))
                response.http.headers.set('cache-control', 'no-store');
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              // 1012 "Service Restart": graphql-ws clients (the apps) reconnect, to this instance
              // once it is back or to another one behind the load balancer.
              for (const socket of wsServer.clients) socket.close(1012, WS_RESTART_REASON);
              await wsCleanup.dispose();
            },
          };
        },
      },
      pipeline.plugin(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    graphqlCors(config.corsOrigins),
    opts.publicCache.middleware,
    bodyHandOff,
    express.json({ limit: config.bodyLimitBytes }),
    pipeline.speakRequestLanguage,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = await createContext(contextDeps, {
          token: readToken(req.headers),
          tenantCode: header(req, 'x-tenant'),
          requestId: header(req, 'x-request-id') ?? randomUUID(),
          clientIp: req.ip ?? null,
          userAgent: header(req, 'user-agent'),
          lang: languageOf(header(req, 'accept-language')),
          enrolmentOnlySessions: true,
          apiKey: header(req, API_KEY_HEADER),
        }).catch((err: unknown) => {
          // Reading the session or the tenant failed because PostgreSQL is away: a retryable
          // 503, not "Context creation failed" as an internal error.
          throw isDatabaseUnavailable(err) ? new ServiceUnavailableError() : err;
        });
        if (ctx.partner) {
          await opts.partnerLimits.admit(ctx, res).catch((err: unknown) => {
            throw isDatabaseUnavailable(err) ? new ServiceUnavailableError() : err;
          });
        }
        return ctx;
      },
    }),
  );
  return apollo;
}

export { loadConfig, ConfigError, type Config } from './config.js';
export type { Clock } from './context.js';
