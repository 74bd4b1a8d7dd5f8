/**
 * A PostgreSQL cluster of its own (stopped and started again by the test) and the built API as a
 * child process on it (`node api/dist/main.js`, as `npm start` runs it), killed and restarted by
 * the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureDatabase,
  freePort,
  prepareDatabase,
  startEmbeddedPostgres,
  TestSeeder,
} from '@khoi-nguon/api/testing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface OwnCluster {
  databaseUrl: string;
  /** Stops PostgreSQL (fast shutdown: open connections are cut). */
  stopPostgres(): Promise<void>;
  /** Starts it again on the same port and data. */
  startPostgres(): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kn-rel-pg-'));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  let db = await startEmbeddedPostgres({ dataDir, port });
  await ensureDatabase(db.adminUrl, 'khoinguon');
  const databaseUrl = db.urlFor('khoinguon');
  await prepareDatabase(databaseUrl, { demo: false, seeder: TestSeeder });
  let running = true;
  return {
    databaseUrl,
    async stopPostgres() {
      await db.stop();
      running = false;
    },
    async startPostgres() {
      db = await startEmbeddedPostgres({ dataDir, port });
      running = true;
    },
    async close() {
      if (running) await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ApiProcess {
  origin: string;
  url: string;
  child: ChildProcess;
  /** Everything the process printed. */
  output: string[];
  exited: Promise<number | null>;
}

/** Starts `api/dist/main.js` and waits until /health answers 200. */
export async function spawnApi(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const storage = await mkdtemp(path.join(os.tmpdir(), 'kn-rel-files-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'api/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      // Not 'test': libraries behave as in production (e.g. Apollo's signal handling).
      NODE_ENV: 'development',
      KN_SECRET: 'fiabilite-essai-0123456789-abcdefghijklmnop',
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      KN_STORAGE_DIR: storage,
      // The load comes from one address: strangers' limits would refuse it (tested on their own).
      KN_SUBMISSIONS_PER_ADDRESS_PER_HOUR: '0',
      KN_ANONYMOUS_REQUESTS_PER_MINUTE: '0',
      KN_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
      KN_TRACKING_FAILURES_PER_10_MIN: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (d: string) => output.push(d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => output.push(d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited: ${output.join('')}`);
    const ok = await fetch(`${origin}/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > until) throw new Error(`API did not start: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, url: `${origin}/graphql`, child, output, exited };
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}
