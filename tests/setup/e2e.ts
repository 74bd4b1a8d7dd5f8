/**
 * Browser tests run against the real, built apps: this setup starts PostgreSQL, the API (with the
 * Vietnamese demo data), the public site and the admin as separate processes, exactly as
 * `npm start` does, and finds Chromium. Without Chromium the suites are reported as skipped with
 * instructions — except under CI=true, where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  ensureDatabase,
  LocalDiskStorage,
  prepareDatabase,
  startEmbeddedPostgres,
} from '@khoi-nguon/api/testing';
// @ts-expect-error plain ESM script shared with `npm start`
import { freePort, startPlatform } from '../../scripts/platform.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    browserSkipReason: string;
    publicUrl: string;
    adminUrl: string;
    apiUrl: string;
    e2eDatabaseUrl: string;
    /** Where the platform keeps its files (a second platform on the same database shares it). */
    e2eFilesDir: string;
  }
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * `KN_E2E_CLOCK_SHIFT` (e.g. `20d9h`, `90m`): the platform's "now" is that far ahead of the real
 * date — the demo is seeded for that day and the API's clock runs ahead by as much. The suites
 * must pass whatever the date; this is how that is checked without waiting for another day.
 */
export function clockShiftMs(raw = process.env.KN_E2E_CLOCK_SHIFT ?? ''): number {
  if (!raw.trim()) return 0;
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(raw.trim());
  if (!m || !raw.trim()) throw new Error(`KN_E2E_CLOCK_SHIFT: "${raw}" (ví dụ 20d9h, 90m)`);
  const [, d = '0', h = '0', min = '0'] = m;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60_000;
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  const reason =
    'Không tìm thấy Chromium nên bỏ qua kiểm thử trình duyệt. Cài bằng "sudo apt-get install -y chromium" ' +
    '(hoặc đặt CHROMIUM_PATH tới trình duyệt Chromium/Chrome) rồi chạy lại "npm test". ' +
    '/ Chromium not found: browser tests skipped. Install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH.';
  if (!chromium) {
    if (process.env.CI === 'true') throw new Error(`CI=true: ${reason}`);
    console.warn(`\n⚠ ${reason}\n`);
    project.provide('chromiumPath', null);
    project.provide('browserSkipReason', reason);
    for (const k of ['publicUrl', 'adminUrl', 'apiUrl', 'e2eDatabaseUrl', 'e2eFilesDir'] as const)
      project.provide(k, '');
    return;
  }

  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopDb: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kn-e2e-pg-'));
    await chmod(dataDir, 0o755);
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      ephemeral: true,
    });
    adminUrl = db.adminUrl;
    stopDb = db.stop;
  }
  const database = `kn_e2e_${process.pid}`;
  await ensureDatabase(adminUrl, database);
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  const databaseUrl = u.toString();

  // The demo is seeded here, for the platform's "now", into files of this run only; the API then
  // finds the database seeded and starts at once.
  const shift = clockShiftMs();
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'kn-e2e-files-'));
  await prepareDatabase(databaseUrl, {
    demo: true,
    storage: new LocalDiskStorage(filesDir),
    now: new Date(Date.now() + shift),
  });

  const logs: string[] = [];
  const platform = await startPlatform({
    databaseUrl,
    demo: true,
    apiPort: await freePort(),
    publicPort: await freePort(),
    adminPort: await freePort(),
    // Scheduled publishing and other timed behaviour are tested by moving the API's clock.
    testClock: true,
    env: {
      NODE_ENV: 'test',
      KN_STORAGE_DIR: filesDir,
      // The load comes from one address: strangers' limits would refuse it (tested on their own).
      KN_SUBMISSIONS_PER_ADDRESS_PER_HOUR: '0',
      KN_ANONYMOUS_REQUESTS_PER_MINUTE: '0',
      KN_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
      KN_TRACKING_FAILURES_PER_10_MIN: '0',
      // One public site for many communes: tests/e2e/province.test.ts creates Xã Tam Chung (14848)
      // and opens the site under this host name (mapped to 127.0.0.1 in its browser); the second
      // host names a commune the platform does not serve.
      KN_TENANT_HOSTS: 'tamchung.localhost=14848,chuadung.localhost=14851',
    },
    onOutput: (name: string, line: string) => logs.push(`[${name}] ${line}`),
    onExit: (name: string, code: number | null) =>
      console.error(`[e2e] ${name} exited with ${code}\n${logs.slice(-30).join('\n')}`),
  });

  if (shift) {
    const res = await fetch(new URL('/__test__/clock', platform.apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: shift }),
    });
    if (!res.ok) throw new Error(`test clock: HTTP ${res.status}`);
    console.warn(`[e2e] the platform's clock runs ${process.env.KN_E2E_CLOCK_SHIFT} ahead`);
  }

  project.provide('chromiumPath', chromium);
  project.provide('browserSkipReason', '');
  project.provide('publicUrl', platform.publicUrl);
  project.provide('adminUrl', platform.adminUrl);
  project.provide('apiUrl', platform.apiUrl);
  project.provide('e2eDatabaseUrl', databaseUrl);
  project.provide('e2eFilesDir', filesDir);

  return async () => {
    await platform.stop();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${database} with (force)`);
    await c.end();
    if (stopDb) await stopDb();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await rm(filesDir, { recursive: true, force: true });
  };
}
