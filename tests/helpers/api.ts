/**
 * Boots the real API (createServer) on a fresh clone of the test database and talks GraphQL to it
 * over HTTP, exactly as a client would.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createServer,
  loadConfig,
  TEST_PASSWORD,
  type Clock,
  type Config,
  type ServerHandles,
} from '@khoi-nguon/api/testing';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  status: number;
}

/** The mail/SMS edge, captured: what would have been sent, with failures on demand. */
export class CapturingSenders {
  readonly sent: {
    channel: 'EMAIL' | 'SMS';
    recipient: string;
    subject: string | null;
    body: string;
  }[] = [];
  /** How many of the next sends fail (to exercise retries). */
  failNext = 0;
  private make(channel: 'EMAIL' | 'SMS') {
    return {
      name: channel === 'EMAIL' ? 'test-email' : 'test-sms',
      send: async (m: { recipient: string; subject: string | null; body: string }) => {
        if (this.failNext > 0) {
          this.failNext--;
          throw new Error('máy chủ thư tạm thời không phản hồi');
        }
        this.sent.push({ channel, ...m });
      },
    };
  }
  readonly email = this.make('EMAIL');
  readonly sms = this.make('SMS');
}

export interface TestApi extends ServerHandles {
  senders: CapturingSenders;
  /** Upload a file the way the apps do (POST /uploads). */
  upload(
    fileName: string,
    data: Buffer,
    opts?: { token?: string | null; kind?: string },
  ): Promise<{ status: number; body: any }>;
  databaseUrl: string;
  /** The folder this API keeps its files in (local disk storage). */
  storageDir: string;
  /** Every SQL statement sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string | null; tenant?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Direct SQL on the test database, for assertions about what was (not) written. */
  sql<R extends pg.QueryResultRow = any>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A settable clock (an edge we may mock). */
export class TestClock implements Clock {
  constructor(private t = new Date('2026-11-20T02:00:00Z')) {}
  now(): Date {
    return new Date(this.t);
  }
  set(d: Date | string): void {
    this.t = new Date(d);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabaseFromTemplate(): Promise<string> {
  const adminUrl = inject('databaseAdminUrl');
  const template = inject('templateDatabase');
  const name = `kn_t_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        // Two files cloning the same template at the same instant: wait and retry.
        if (attempt > 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await client.connect();
  try {
    // Let connections that are closing finish before forcing the rest out.
    for (let i = 0; i < 20; i++) {
      const { rows } = await client.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

export async function startTestApi(
  opts: { clock?: Clock; config?: Partial<Config>; databaseUrl?: string } = {},
): Promise<TestApi> {
  const databaseUrl = opts.databaseUrl ?? (await createDatabaseFromTemplate());
  const queries: string[] = [];
  const storageDir = await mkdtemp(path.join(os.tmpdir(), 'kn-files-'));
  const config = loadConfig(
    { NODE_ENV: 'test' },
    // Tenants are read once per test file: a cache refresh mid-test would add a statement to
    // the counts the query-cost tests compare.
    {
      databaseUrl,
      port: 0,
      storageDir,
      tenantCacheSeconds: 3600,
      // Every test submits from 127.0.0.1, most with one phone number: the strangers' limits are
      // tested on their own (tests/api/public-limits.test.ts).
      submissionsPerAddressPerHour: 0,
      submissionsPerContactPerDay: 0,
      trackingFailuresPerAddress: 0,
      codeRemindersPerAddressPerHour: 0,
      codeRemindersPerContactPerDay: 0,
      anonymousRequestsPerMinute: 0,
      ...opts.config,
    },
  );
  const senders = new CapturingSenders();
  const server = await createServer(config, {
    clock: opts.clock,
    senders,
    onQuery: (sql) => queries.push(sql),
    logger: {
      info: () => {},
      error: (m, e) => {
        if (!String(m).includes('will retry')) console.error(m, e);
      },
    },
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // `pool.end()` resolves before its sockets have closed; a backend still saying goodbye when
  // the database is dropped reports "terminating connection" on an idle client: expected then.
  pool.on('error', () => {});

  const api: TestApi = {
    ...server,
    senders,
    databaseUrl,
    storageDir,
    async upload(fileName, data, o = {}) {
      const headers: Record<string, string> = { 'x-file-name': encodeURIComponent(fileName) };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      const res = await fetch(`${server.origin}/uploads?kind=${o.kind ?? 'SUPPORTING'}`, {
        method: 'POST',
        headers,
        body: new Uint8Array(data),
      });
      return { status: res.status, body: await res.json() };
    },
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    async gql(query, variables = {}, o = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (o.tenant) headers['x-tenant'] = o.tenant;
      const res = await fetch(server.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResult, 'status'>;
      return { ...body, status: res.status } as never;
    },
    async login(email, password = TEST_PASSWORD) {
      const r = await api.gql<{ login: { token: string } }>(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async sql(text, params) {
      // Several statements in one call (e.g. `set …; explain …`) run on one connection.
      const result: pg.QueryResult | pg.QueryResult[] = await pool.query(text, params as unknown[]);
      return Array.isArray(result) ? result[result.length - 1]!.rows : result.rows;
    },
    async close() {
      await pool.end();
      await server.stop();
      await rm(storageDir, { recursive: true, force: true });
      if (!opts.databaseUrl) await dropDatabase(databaseUrl);
    },
  };
  return api;
}
