/**
 * Starts PostgreSQL once for the whole run — the embedded server, or the one TEST_DATABASE_URL
 * points to — and builds a template database with every migration and the test seed. Each test
 * file then clones the template (a fast file copy), so files run in parallel without sharing rows.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  ensureDatabase,
  prepareDatabase,
  startEmbeddedPostgres,
  TestSeeder,
} from '@khoi-nguon/api/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kn-test-pg-'));
    // When run as root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
    await chmod(dataDir, 0o755);
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      ephemeral: true,
    });
    adminUrl = db.adminUrl;
    stopEmbedded = db.stop;
  }
  const template = `kn_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.end();
  await ensureDatabase(adminUrl, template);
  await prepareDatabase(withDatabase(adminUrl, template), { demo: false, seeder: TestSeeder });

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ datname: string }>(
      `select datname from pg_database where datname like 'kn_t_%' or datname = $1`,
      [template],
    );
    for (const r of rows) await c.query(`drop database if exists ${r.datname} with (force)`);
    await c.end();
    if (stopEmbedded) await stopEmbedded();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
