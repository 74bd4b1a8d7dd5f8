import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { backupDatabase, initOrm, restoreDatabase, verifyChain } from '@khoi-nguon/api/testing';
import { dropDatabase, startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let dir: string;
let restoredUrl: string;
beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  dir = await mkdtemp(path.join(os.tmpdir(), 'kn-backup-'));
  const u = new URL(api.databaseUrl);
  const name = `${u.pathname.slice(1)}_restored`;
  await api.sql(`create database ${name}`);
  u.pathname = `/${name}`;
  restoredUrl = u.toString();
});
afterAll(async () => {
  await api?.close();
  if (restoredUrl) await dropDatabase(restoredUrl);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

const CONTENT = {
  ideas: `select tracking_code, title, problem, status, digest, received_at, search_vector::text
            from idea order by tracking_code`,
  people: `select full_name, email, phone from person order by id`,
  receipts: `select tenant_id, seq, kind, idea_id, digest, prev_hash, entry_hash from receipt_log
               order by tenant_id, seq`,
  audit: `select count(*)::int as n from audit_entry`,
};

describe('backup and restore (logical export, as for the embedded cluster)', () => {
  it('restores every row into an empty database: ideas, people, receipts (chain verifies)', async () => {
    const cat = await catalog(api);
    for (const title of ['Nước sạch cho thôn Đồng Tâm', 'Số hóa sổ hộ nghèo — "thử" \\ tab\t'])
      await submitIdea(api, ideaInput(cat.field('y-te'), { title }));
    const file = path.join(dir, 'khoinguon.knbak');
    const backup = await backupDatabase(api.databaseUrl, file, { method: 'logical' });
    expect(backup.tables.idea).toBeGreaterThanOrEqual(2);

    const restored = await restoreDatabase(restoredUrl, file);
    expect(restored.tables).toEqual(backup.tables);
    for (const [what, sql] of Object.entries(CONTENT)) {
      const after = await query(restoredUrl, sql);
      expect(after, what).toEqual(await query(api.databaseUrl, sql));
    }
    const [{ n }] = await query(restoredUrl, 'select count(*)::int as n from idea');
    expect(n).toBe(backup.tables.idea);
    // The receipt log was restored as it was, not appended to again, and still verifies.
    const orm = await initOrm({ databaseUrl: restoredUrl, poolMax: 1 });
    try {
      const [{ id }] = await query(
        restoredUrl,
        'select id from tenant order by created_at limit 1',
      );
      const report = await verifyChain(orm.em.fork(), id);
      expect(report.problems).toEqual([]);
      expect(report.entries).toBeGreaterThanOrEqual(2);
    } finally {
      await orm.close(true);
    }
    // Unfinished jobs (the receipts' deliveries, with jobs not running here) are queued again in
    // graphile-worker's schema, which the export does not carry, under their own keys.
    const pending = await query(
      api.databaseUrl,
      `select id::text as key from job where status in ('PENDING', 'RUNNING') order by 1`,
    );
    const queued = await query(
      restoredUrl,
      `select key from graphile_worker._private_jobs where key is not null order by 1`,
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(queued).toEqual(pending);
    // The sequences continue after the restored rows: a new submission on the copy works.
    const copy = await startTestApi({ databaseUrl: restoredUrl, config: { runJobs: false } });
    try {
      const receipt = await submitIdea(copy, ideaInput(cat.field('y-te')));
      expect(receipt.trackingCode).toBeTruthy();
    } finally {
      await copy.close();
    }
  });

  it('refuses to restore over a database that has data', async () => {
    const file = path.join(dir, 'second.knbak');
    await backupDatabase(api.databaseUrl, file, { method: 'logical' });
    await expect(restoreDatabase(api.databaseUrl, file)).rejects.toThrow(/không trống/);
  });
});
