// `npm run seed:scale` on a small scale: the bulk-loaded data is consistent — counts, the public
// ideas the API shows (the same rule as its visibility gate, counted here in SQL), accent-insensitive
// search, and every commune's receipt chain (the seed computes it instead of the per-row trigger).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startTestApi, dropDatabase, type TestApi } from '../helpers/api.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let api: TestApi;
let databaseUrl: string;
let seeded: {
  communes: number;
  ideas: number;
  stats: { public: number; withdrawn: number };
  rows: Record<string, number>;
};

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await admin.connect();
  const name = `kn_scale_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(inject('databaseAdminUrl'));
  u.pathname = `/${name}`;
  databaseUrl = u.toString();
  const r = await run(
    process.execPath,
    [path.join(ROOT, 'scripts/seed-scale.mjs'), '--ideas', '500', '--communes', '2', '--seed', '7'],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        KN_STORAGE_DIR: path.join(os.tmpdir(), name),
      },
      cwd: ROOT,
      maxBuffer: 1 << 24,
    },
  );
  seeded = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  api = await startTestApi({ databaseUrl });
}, 120_000);
afterAll(async () => {
  await api?.close();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** Public ideas of a commune by the gate's rule (rights/rights.gate.ts), written out in SQL. */
const PUBLIC_COUNT = `
  select count(*)::int as n from idea i join tenant t on t.id = i.tenant_id
   where t.code = $1 and i.published_at is not null and i.rights_status = 'ESTABLISHED'
     and not exists (select 1 from authorship au where au.idea_id = i.id
       and au.confirmed_at is not null and au.declined_at is null
       and (not exists (select 1 from consent c where c.authorship_id = au.id
              and c.kind = 'PUBLISH_CONTENT' and c.given_by = 'SELF' and c.withdrawn_at is null)
         or (au.is_minor and not exists (select 1 from consent c where c.authorship_id = au.id
              and c.kind = 'PUBLISH_CONTENT' and c.given_by = 'GUARDIAN' and c.withdrawn_at is null))))`;

describe('seed:scale --ideas 500 --communes 2', () => {
  it('writes consistent rows: every idea with fields, a lead author, a revision and a receipt', async () => {
    expect(seeded.communes).toBe(2);
    expect(seeded.rows.idea).toBe(500);
    const [c] = await api.sql(`select
        (select count(*)::int from tenant where level = 'COMMUNE') as communes,
        (select count(*)::int from idea i where not exists (select 1 from idea_field f where f.idea_id = i.id)) as no_field,
        (select count(*)::int from idea i where (select count(*) from authorship a where a.idea_id = i.id and a.role = 'LEAD') <> 1) as bad_lead,
        (select count(*)::int from idea i where not exists (select 1 from idea_revision r where r.idea_id = i.id and r.number = 1)) as no_revision,
        (select count(*)::int from idea i where not exists (select 1 from receipt_log l where l.idea_id = i.id and l.kind = 'SUBMISSION')) as no_receipt,
        (select count(*)::int from idea_step s where s.ended_at is null group by s.idea_id order by 1 desc limit 1) as most_open_steps,
        (select count(*)::int from unit u join tenant t on t.id = u.tenant_id where t.code <> '16228' and u.kind = 'VILLAGE') as new_villages,
        (select count(*)::int from idea where kn_unaccent(title) <> lower(title)) as accented,
        (select count(*)::int from idea where kn_unaccent(title) = lower(title)) as unaccented`);
    expect(c).toMatchObject({
      communes: 2,
      no_field: 0,
      bad_lead: 0,
      no_revision: 0,
      no_receipt: 0,
      most_open_steps: 1,
    });
    expect(c.new_villages).toBeGreaterThan(10);
    expect(c.accented).toBeGreaterThan(300);
    expect(c.unaccented).toBeGreaterThan(20);
    // Both communes got ideas, statuses across an idea's life, reviews with scores and posts.
    const statuses = await api.sql(`select distinct status from idea`);
    expect(statuses.length).toBeGreaterThanOrEqual(10);
    expect(seeded.rows.score).toBeGreaterThan(0);
    expect(seeded.rows.post).toBeGreaterThanOrEqual(10);
    const perCommune = await api.sql(
      `select t.code, count(i.id)::int as n from tenant t join idea i on i.tenant_id = t.id group by t.code`,
    );
    expect(perCommune).toHaveLength(2);
  });

  it('shows the public ideas through the API, as many as the visibility rule allows', async () => {
    for (const code of (await api.sql(`select code from tenant where level = 'COMMUNE'`)).map(
      (r) => r.code as string,
    )) {
      const [{ n }] = await api.sql(PUBLIC_COUNT, [code]);
      expect(n).toBeGreaterThan(20);
      const r = await api.gql(
        `{ ideas(first: 20, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
            totalCount nodes { id title publishedAt fields { name } authors { displayName } } } }`,
        {},
        { tenant: code },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.ideas.totalCount).toBe(n);
      expect(r.data!.ideas.nodes).toHaveLength(20);
      expect(r.data!.ideas.nodes[0].authors.length).toBeGreaterThan(0);
    }
    // Published ideas whose lead withdrew the consent to publish stay hidden.
    const [{ hidden }] = await api.sql(
      `select count(distinct i.id)::int as hidden from idea i join authorship a on a.idea_id = i.id
         join consent c on c.authorship_id = a.id
        where i.published_at is not null and c.kind = 'PUBLISH_CONTENT' and c.withdrawn_at is not null`,
    );
    const [{ published }] = await api.sql(
      `select count(*)::int as published from idea where published_at is not null`,
    );
    const [{ n: visible }] = await api.sql(
      `select sum(x.n)::int as n from (${PUBLIC_COUNT.replace('t.code = $1', 'true')}) x`,
    );
    expect(hidden).toBe(seeded.stats.withdrawn);
    expect(visible).toBe(published - hidden);
  });

  it('finds "nước sạch" (and unaccented "nuoc sach") by "nuoc sach" among the public ideas', async () => {
    const r = await api.gql(
      `{ ideas(first: 50, where: { search: "nuoc sach" }) { totalCount nodes { title problem solution benefit } } }`,
      {},
      { tenant: '16228' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.ideas.totalCount).toBeGreaterThan(5);
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .toLowerCase();
    // Every term as a prefix, all required (not a phrase search).
    const texts = r.data!.ideas.nodes.map((n: Record<string, string>) =>
      fold(`${n.title} ${n.problem} ${n.solution} ${n.benefit}`),
    );
    for (const t of texts) {
      const words = t.split(/[^\p{L}\p{N}]+/u);
      expect(words.some((w: string) => w.startsWith('nuoc'))).toBe(true);
      expect(words.some((w: string) => w.startsWith('sach'))).toBe(true);
    }
    expect(texts.filter((t: string) => t.includes('nuoc sach')).length).toBeGreaterThan(5);
  });

  it('keeps every receipt chain valid (npm run verify-receipts)', async () => {
    const r = await run(
      process.execPath,
      [path.join(ROOT, 'api/dist/db/cli.js'), 'verify-receipts'],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    expect(r.stdout).toContain('Sổ biên nhận toàn vẹn');
    const [{ n }] = await api.sql(
      `select count(*)::int as n from receipt_log l join idea i on i.id = l.idea_id and i.digest = l.digest`,
    );
    expect(n).toBe(await api.sql(`select count(*)::int as n from idea`).then((x) => x[0].n));
  });
});
