// Job queue benchmark, run by `npm run bench:jobs -w @khoi-nguon/tests` (not part of `npm test`).
//
// Starts embedded PostgreSQL with the test seed, then one and then two API instances (the built
// API, graphile-worker with KN_JOB_CONCURRENCY jobs each) and measures, for N email deliveries
// queued at once through enqueueJob (the outbox's path): the time to queue them (one transaction
// each, like a decision that notifies an author), the time until every one is sent, and the
// throughput. It also measures the shared upload limit (rate-limiter-flexible on PostgreSQL):
// latency of one check. Appends to tests/bench/RESULTS-jobs.md.
//
//   BENCH_JOBS=2000 npm run bench:jobs -w @khoi-nguon/tests
import os from 'node:os';
import path from 'node:path';
import { appendFile, chmod, mkdtemp, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const N = Number(process.env.BENCH_JOBS || 1000);
const log = (...a) => console.log('[bench:jobs]', ...a);

const api = await import(pathToFileURL(path.join(ROOT, 'api/dist/testing.js')).href);
const { RateLimiter } = await import(
  pathToFileURL(path.join(ROOT, 'api/dist/common/rate-limit.js')).href
);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'kn-bench-jobs-'));
await chmod(tmp, 0o755);
const loadBefore = os.loadavg();
const db = await api.startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), ephemeral: true });
const rows = [];
try {
  for (const instances of [1, 2]) {
    const name = `kn_bench_jobs_${instances}`;
    await api.ensureDatabase(db.adminUrl, name);
    const u = new URL(db.adminUrl);
    u.pathname = `/${name}`;
    const databaseUrl = u.toString();
    await api.prepareDatabase(databaseUrl, { demo: false, seeder: api.TestSeeder });
    const sent = { n: 0 };
    const senders = {
      email: { name: 'bench', send: async () => void sent.n++ },
      sms: { name: 'bench', send: async () => void sent.n++ },
    };
    const servers = [];
    for (let i = 0; i < instances; i++) {
      const config = api.loadConfig(
        { NODE_ENV: 'test' },
        { databaseUrl, port: 0, storageDir: path.join(tmp, 'files'), runJobs: true },
      );
      servers.push(
        await api.createServer(config, {
          senders,
          logger: { info: () => {}, error: (m, e) => console.error(m, e) },
        }),
      );
    }
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    const [{ id: tenantId }] = (await pool.query('select id from tenant limit 1')).rows;
    const orm = servers[0].orm;
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      await orm.em.fork().transactional(async (tx) => {
        const [m] = await tx.execute(
          `insert into outbound_message (id, tenant_id, channel, recipient, subject, body)
           values (gen_random_uuid(), ?, 'EMAIL', ?, 'Thử', 'Nội dung') returning id`,
          [tenantId, `bench${i}@example.com`],
        );
        const now = new Date();
        await api.enqueueJob(
          tx,
          'deliver-message',
          { messageId: m.id },
          { runAt: now, now, tenantId },
        );
      });
    }
    const queuedMs = performance.now() - t0;
    while (sent.n < N) await new Promise((r) => setTimeout(r, 20));
    const doneMs = performance.now() - t0;
    const [{ left }] = (await pool.query('select count(*)::int as left from graphile_worker.jobs'))
      .rows;
    const [{ done }] = (
      await pool.query(`select count(*)::int as done from job where status = 'DONE'`)
    ).rows;
    rows.push({ instances, queuedMs, doneMs, left, done });
    log(
      `${instances} instance(s): queued ${N} in ${queuedMs.toFixed(0)} ms, all sent after ${doneMs.toFixed(0)} ms`,
    );
    await pool.end();
    for (const s of servers) await s.stop();
  }

  // The shared upload limit: one check (a row upsert in PostgreSQL).
  const u = new URL(db.adminUrl);
  u.pathname = '/kn_bench_jobs_1';
  const limiter = new RateLimiter(u.toString(), {
    keyPrefix: 'bench',
    max: 1e9,
    windowSeconds: 600,
  });
  const lat = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    await limiter.hit(`10.0.${i % 50}.1`);
    lat.push(performance.now() - t);
  }
  await limiter.close();
  lat.sort((x, y) => x - y);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))].toFixed(2);

  const date = new Date();
  const dd = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
  const md = [
    `\n## Run of ${dd} (${date.toISOString()})\n`,
    `- Command: \`BENCH_JOBS=${N} npm run bench:jobs -w @khoi-nguon/tests\``,
    `- Machine: ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} logical cores, Node ${process.version}; load before ${loadBefore.map((l) => l.toFixed(2)).join(', ')} (shared machine)`,
    `- Embedded PostgreSQL 18, graphile-worker 0.16, ${process.env.KN_JOB_CONCURRENCY || 2} jobs at once per instance; each job is queued in its own transaction with an outbox row, as a decision queues its notification.\n`,
    '| API instances | jobs | queue all, one after another (ms) | all sent after (ms) | last sent after the last queued (ms) | left in graphile_worker.jobs | job rows DONE |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.instances} | ${N} | ${r.queuedMs.toFixed(0)} | ${r.doneMs.toFixed(0)} | ${(r.doneMs - r.queuedMs).toFixed(0)} | ${r.left} | ${r.done} |`,
    ),
    '',
    `Shared upload limit (rate-limiter-flexible, PostgreSQL): one check p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms (500 checks, 50 addresses).`,
    '',
  ].join('\n');
  await appendFile(path.join(HERE, 'RESULTS-jobs.md'), md);
  log('appended to tests/bench/RESULTS-jobs.md');
} finally {
  await db.stop();
  await rm(tmp, { recursive: true, force: true });
}
