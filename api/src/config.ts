/**
 * The only module that reads `process.env`. Everything else receives a validated `Config`.
 * Outside demo mode there are no secret defaults: a missing secret stops the boot with a clear message.
 */
export interface Config {
  /** Demo mode: local defaults, demo logins printed, outbox shown in the admin. Never in production. */
  demo: boolean;
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string. */
  databaseUrl: string;
  /** Code of the tenant used when a request names none (the commune of a single-commune install). */
  defaultTenantCode: string;
  /** Secret that signs preview links and other tokens the API hands out. */
  secret: string;
  /** Lifetime of a staff session, in hours. */
  sessionTtlHours: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Deepest accepted GraphQL selection. */
  maxQueryDepth: number;
  /** Largest accepted GraphQL query complexity (each field 1, lists multiplied by `first`). */
  maxQueryComplexity: number;
  /** Whether the schema can be introspected (on in development and demo, off in production by default). */
  introspection: boolean;
  /** Origins allowed to call the API from a browser (CORS). */
  corsOrigins: string[];
  /** Log every SQL statement (development aid). */
  logSql: boolean;
  /** Folder for uploaded files when stored on local disk. */
  storageDir: string;
  /** S3-compatible object store for files (replaces local disk when set). */
  s3: S3Config | null;
  /** SMTP server for email (smtp://user:pass@host:587); null: email not configured. */
  smtpUrl: string | null;
  mailFrom: string;
  /** SMS provider endpoint (see outbox/senders.ts); null: SMS not configured. */
  smsUrl: string | null;
  smsToken: string | null;
  /** Whether this process runs background jobs (delivery, imports). */
  runJobs: boolean;
  /** Jobs one process runs at once (graphile-worker's concurrency). */
  jobConcurrency: number;
  /** Days a finished job (an import's report) stays visible before the daily purge. */
  jobRetentionDays: number;
  /** Anonymous uploads one address may make per window (shared by every API process). */
  anonymousUploadsPerWindow: number;
  /** Submissions one address may make per hour without a session (0: no limit). */
  submissionsPerAddressPerHour: number;
  /** Submissions with one email or one phone number per day (0: no limit). */
  submissionsPerContactPerDay: number;
  /** Failed tracking lookups one address may make per 10 minutes (0: no limit). */
  trackingFailuresPerAddress: number;
  /** Lost-code requests ("resend my tracking codes") per address per hour (0: no limit). */
  codeRemindersPerAddressPerHour: number;
  /** Lost-code requests for one email or phone number per day (0: no limit). */
  codeRemindersPerContactPerDay: number;
  /**
   * Which proxies' `X-Forwarded-For` names the client (Express's `trust proxy`): the public site
   * and the admin forward their visitors' addresses; the load balancer's too in production.
   */
  trustProxy: string;
  /** Strangers' requests to /graphql per address per minute, shared by every instance (0: off). */
  anonymousRequestsPerMinute: number;
  /** The public site's address, for links in messages (co-author invitations, tracking, previews). */
  publicUrl: string;
  /** The admin app's address, for links in staff emails (invitations, password resets). */
  adminUrl: string;
  /**
   * Base address under which browsers fetch media files (`<base>/media/…`); null: the API's own
   * address. Set it when the API is reached through a proxy or a CDN.
   */
  mediaUrl: string | null;
  /**
   * Test clock (`POST /__test__/clock` moves the server's time): demo mode only, never in
   * production. The browser tests use it to run scheduled publishing without waiting.
   */
  testClock: boolean;
  /** How long a commune's settings are cached in memory before being read again, in seconds. */
  tenantCacheSeconds: number;
  /** `max-age` of anonymous GET GraphQL answers (and their ETag's time bucket); 0: no caching. */
  publicCacheSeconds: number;
  /**
   * Anonymous POST reads the compiler knows (ideas, an idea, counters, news) answered by one SQL
   * statement building the whole JSON (`common/compiled-read.ts`); off: every read takes the
   * general path. Connections of its own pool (0 turns it off too).
   */
  compiledReadPool: number;
  /**
   * Where the compiled reads connect (a read replica); default the database itself. Public pages
   * tolerate the replica's lag; staff reads and every write stay on the primary.
   */
  compiledReadUrl: string | null;
  /**
   * Persisted queries: `auto` (Apollo's automatic persisted queries; the apps' registered
   * operations answered by hash) or `allowlist` (callers without a session or a partner's key run
   * only the apps' registered operations). See `partner/persisted-operations.ts`.
   */
  persistedQueries: 'auto' | 'allowlist';
  /** The registered operations (`schema/operations.json`); null: the one in the repository. */
  persistedOperationsFile: string | null;
}

/** Where files go when stored in an S3-compatible object store (`KN_S3_*`). */
export interface S3Config {
  bucket: string;
  region: string;
  /** Endpoint of a non-AWS store (MinIO, a provider's S3 API); null: AWS's. */
  endpoint: string | null;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  /** `https://endpoint/bucket/key` addressing instead of `https://bucket.endpoint/key`. */
  forcePathStyle: boolean;
  /** Prepended to every object key (e.g. `khoinguon/`), to share a bucket. */
  prefix: string;
}

/** The S3 settings from the environment, or null when `KN_S3_BUCKET` is not set. */
function s3FromEnv(env: Env, problems: string[]): S3Config | null {
  const bucket = env.KN_S3_BUCKET?.trim();
  if (!bucket) return null;
  const endpoint = env.KN_S3_ENDPOINT?.trim() || null;
  if (endpoint && !/^https?:\/\//.test(endpoint))
    problems.push('KN_S3_ENDPOINT phải là địa chỉ http(s)');
  const accessKeyId = env.KN_S3_ACCESS_KEY_ID || null;
  const secretAccessKey = env.KN_S3_SECRET_ACCESS_KEY || null;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    problems.push('KN_S3_ACCESS_KEY_ID và KN_S3_SECRET_ACCESS_KEY phải đặt cùng nhau');
  const prefix = (env.KN_S3_PREFIX ?? '').replace(/^\/+/, '');
  return {
    bucket,
    region: env.KN_S3_REGION || 'us-east-1',
    endpoint,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: bool(env.KN_S3_FORCE_PATH_STYLE, endpoint !== null),
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
  };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEMO_SECRET = 'khoi-nguon-demo-secret-do-not-use-in-production';

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Reads and validates the configuration. `overrides` win over the environment (used by tests). */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const demo = bool(env.KN_DEMO, false);
  const nodeEnv =
    env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} phải là số nguyên từ ${min} đến ${max} (đang là "${raw}")`);
      return fallback;
    }
    return n;
  };

  const databaseUrl = overrides.databaseUrl ?? env.DATABASE_URL ?? '';
  if (!databaseUrl) problems.push('DATABASE_URL chưa được đặt (chuỗi kết nối PostgreSQL)');
  else if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://');

  let secret = overrides.secret ?? env.KN_SECRET ?? '';
  if (!secret) {
    if (demo || nodeEnv === 'test') secret = DEMO_SECRET;
    else problems.push('KN_SECRET chưa được đặt (chuỗi ngẫu nhiên ít nhất 32 ký tự)');
  } else if (secret.length < 32) {
    problems.push('KN_SECRET phải dài ít nhất 32 ký tự');
  }
  if (nodeEnv === 'production' && secret === DEMO_SECRET) {
    problems.push('KN_SECRET không được dùng giá trị mặc định của chế độ demo khi chạy production');
  }

  const config: Config = {
    demo,
    env: nodeEnv,
    host: env.API_HOST || '127.0.0.1',
    port: int('API_PORT', 4000, 0, 65535),
    databaseUrl,
    defaultTenantCode: env.KN_DEFAULT_TENANT || '16228',
    secret,
    sessionTtlHours: int('KN_SESSION_TTL_HOURS', 12, 1, 24 * 30),
    bodyLimitBytes: int('KN_BODY_LIMIT_BYTES', 1_000_000, 10_000, 50_000_000),
    maxQueryDepth: int('KN_MAX_QUERY_DEPTH', 10, 2, 50),
    maxQueryComplexity: int('KN_MAX_QUERY_COMPLEXITY', 20_000, 100, 1_000_000),
    introspection: bool(env.KN_INTROSPECTION, nodeEnv !== 'production' || demo),
    corsOrigins: (env.KN_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logSql: bool(env.KN_LOG_SQL, false),
    storageDir: env.KN_STORAGE_DIR || '.data/files',
    s3: s3FromEnv(env, problems),
    smtpUrl: env.KN_SMTP_URL || null,
    mailFrom: env.KN_MAIL_FROM || 'Khơi Nguồn <khong-tra-loi@khoinguon.local>',
    smsUrl: env.KN_SMS_URL || null,
    smsToken: env.KN_SMS_TOKEN || null,
    runJobs: bool(env.KN_RUN_JOBS, true),
    jobConcurrency: int('KN_JOB_CONCURRENCY', 2, 1, 50),
    jobRetentionDays: int('KN_JOB_RETENTION_DAYS', 30, 1, 3650),
    anonymousUploadsPerWindow: int('KN_ANONYMOUS_UPLOADS_PER_10_MIN', 30, 1, 100_000),
    submissionsPerAddressPerHour: int('KN_SUBMISSIONS_PER_ADDRESS_PER_HOUR', 30, 0, 1_000_000),
    submissionsPerContactPerDay: int('KN_SUBMISSIONS_PER_CONTACT_PER_DAY', 10, 0, 1_000_000),
    trackingFailuresPerAddress: int('KN_TRACKING_FAILURES_PER_10_MIN', 20, 0, 1_000_000),
    codeRemindersPerAddressPerHour: int('KN_CODE_REMINDERS_PER_ADDRESS_PER_HOUR', 10, 0, 1_000_000),
    codeRemindersPerContactPerDay: int('KN_CODE_REMINDERS_PER_CONTACT_PER_DAY', 3, 0, 1_000_000),
    trustProxy: env.KN_TRUST_PROXY || 'loopback',
    anonymousRequestsPerMinute: int('KN_ANONYMOUS_REQUESTS_PER_MINUTE', 300, 0, 1_000_000),
    publicUrl: (env.KN_PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    adminUrl: (env.KN_ADMIN_URL || 'http://localhost:3001').replace(/\/+$/, ''),
    mediaUrl: env.KN_MEDIA_URL ? env.KN_MEDIA_URL.replace(/\/+$/, '') : null,
    testClock: bool(env.KN_TEST_CLOCK, false),
    tenantCacheSeconds: int('KN_TENANT_CACHE_SECONDS', 60, 0, 24 * 3600),
    publicCacheSeconds: int('KN_PUBLIC_CACHE_SECONDS', 30, 0, 3600),
    compiledReadPool: int('KN_COMPILED_READ_POOL', 10, 0, 200),
    compiledReadUrl: env.KN_COMPILED_READ_URL || null,
    persistedQueries: persistedMode(env.KN_PERSISTED_QUERIES, problems),
    persistedOperationsFile: env.KN_PERSISTED_OPERATIONS || null,
    ...overrides,
  };
  if (config.testClock && (!config.demo || config.env === 'production')) {
    problems.push(
      'KN_TEST_CLOCK chỉ dùng được ở chế độ demo (KN_DEMO=true) và không bao giờ khi NODE_ENV=production',
    );
  }
  if (!/^https?:\/\//.test(config.adminUrl)) problems.push('KN_ADMIN_URL phải là địa chỉ http(s)');
  if (config.mediaUrl && !/^https?:\/\//.test(config.mediaUrl))
    problems.push('KN_MEDIA_URL phải là địa chỉ http(s)');
  if (config.smtpUrl && !/^smtps?:\/\//.test(config.smtpUrl)) {
    problems.push('KN_SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587');
  }
  if (config.smsUrl && !/^https?:\/\//.test(config.smsUrl))
    problems.push('KN_SMS_URL phải là địa chỉ http(s)');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function persistedMode(raw: string | undefined, problems: string[]): 'auto' | 'allowlist' {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'allowlist') return 'allowlist';
  problems.push(`KN_PERSISTED_QUERIES phải là "auto" hoặc "allowlist" (đang là "${raw}")`);
  return 'auto';
}

/** Only what the database commands need (no secrets). */
export function loadDatabaseConfig(env: Env = process.env): {
  databaseUrl: string;
  demo: boolean;
  storageDir: string;
  s3: S3Config | null;
  /** The admin app's address, for invitation links printed by `npm run tenant`. */
  adminUrl: string;
} {
  const databaseUrl = env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(['DATABASE_URL chưa được đặt hoặc không bắt đầu bằng postgres://']);
  }
  const problems: string[] = [];
  const s3 = s3FromEnv(env, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    databaseUrl,
    demo: bool(env.KN_DEMO, false),
    storageDir: env.KN_STORAGE_DIR || '.data/files',
    s3,
    adminUrl: (env.KN_ADMIN_URL || 'http://localhost:3001').replace(/\/+$/, ''),
  };
}
