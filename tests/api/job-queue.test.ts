import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { createPost, SCHEDULE_POST } from '../helpers/content.js';
import { until } from '../helpers/live.js';

// Two API processes on one database, both running graphile-worker, on one (moved) clock.
const HOUR = 3_600_000;
const clock = new TestClock(new Date('2026-11-25T01:00:00Z'));
let a: TestApi;
let b: TestApi;

beforeAll(async () => {
  const config = { runJobs: true, anonymousUploadsPerWindow: 3 };
  a = await startTestApi({ clock, config });
  b = await startTestApi({ clock, config, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('the job queue (graphile-worker) with two API instances', () => {
  it('publishes each scheduled post exactly once, and keeps no finished job in the queue', async () => {
    const editor = await a.login(TEST_STAFF.editor);
    const at = new Date(clock.now().getTime() + HOUR);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const p = await createPost(i % 2 ? b : a, editor, { title: `Bài hẹn giờ số ${i + 1}` });
      const r = await (i % 2 ? b : a).gql(
        SCHEDULE_POST,
        { id: p.id, at: at.toISOString() },
        { token: editor },
      );
      expect(r.errors).toBeUndefined();
      ids.push(p.id);
    }
    // Queued in graphile-worker, keyed by the visible job row, for an hour from now.
    const queued = await a.sql(
      `select g.task_identifier, g.run_at > now() + interval '50 minutes' as later
         from graphile_worker.jobs g join job j on g.key = j.id::text
        where j.payload->>'postId' = any($1)`,
      [ids],
    );
    expect(queued).toHaveLength(6);
    expect(queued.every((q) => q.task_identifier === 'publish-post' && q.later)).toBe(true);

    clock.advance(HOUR + 1000);
    // Both workers see the jobs due by the app's clock; each post is taken by one of them.
    await until(async () => {
      const [r] = await a.sql(
        `select count(*)::int as n from post where id = any($1) and status = 'PUBLISHED'`,
        [ids],
      );
      return r.n === 6;
    }, 'the six posts to be published');
    await until(async () => {
      const [r] = await a.sql(
        `select count(*)::int as n from job where payload->>'postId' = any($1) and status = 'DONE'`,
        [ids],
      );
      return r.n === 6;
    }, 'the six jobs to be recorded as done');

    const audits = await a.sql(
      `select details->>'postId' as id, count(*)::int as n from audit_entry
        where action = 'CONTENT_PUBLISHED' and details->>'postId' = any($1) group by 1`,
      [ids],
    );
    expect(audits).toHaveLength(6);
    expect(audits.every((r) => r.n === 1)).toBe(true);
    const results = await a.sql(
      `select result, attempts from job where payload->>'postId' = any($1)`,
      [ids],
    );
    // Each job ran once and succeeded. It published its post, unless the crontab's sweep (every
    // minute, for posts whose job was lost) took the due post first — still published once above.
    expect(results).toHaveLength(6);
    for (const r of results) {
      expect(r.attempts).toBe(1);
      if (r.result.published !== true)
        expect(r.result).toEqual({ published: false, reason: 'rescheduled, cancelled or gone' });
    }
    // graphile-worker deletes a job once it succeeded.
    const [left] = await a.sql(
      `select count(*)::int as n from graphile_worker.jobs where key = any(
         select id::text from job where payload->>'postId' = any($1))`,
      [ids],
    );
    expect(left.n).toBe(0);
  });

  it('queues a job in the caller’s transaction: rolled back, nothing is queued', async () => {
    const em = a.orm.em.fork();
    let jobId = '';
    await expect(
      em.transactional(async (tx) => {
        const job = await enqueueJob(
          tx as never,
          'deliver-message',
          { messageId: '00000000-0000-4000-8000-000000000000' },
          { runAt: clock.now(), now: clock.now() },
        );
        jobId = job.id;
        await tx.flush();
        throw new Error('kiểm thử: giao dịch bị hủy');
      }),
    ).rejects.toThrow(/giao dịch bị hủy/);
    expect(jobId).not.toBe('');
    expect(await a.sql('select 1 from job where id = $1', [jobId])).toEqual([]);
    expect(
      await a.sql('select 1 from graphile_worker._private_jobs where key = $1', [jobId]),
    ).toEqual([]);
  });

  it('purges finished job records after the retention, and graphile-worker’s dead jobs', async () => {
    await a.sql(
      `insert into job (id, queue, payload, status, run_at, attempts, max_attempts, finished_at, created_at)
       values (gen_random_uuid(), 'deliver-message', '{}', 'DONE', $1, 1, 8, $1, $1),
              (gen_random_uuid(), 'deliver-message', '{}', 'FAILED', $2, 8, 8, $2, $2)`,
      [new Date(clock.now().getTime() - 40 * 24 * HOUR), new Date(clock.now().getTime() - HOUR)],
    );
    // A job graphile-worker gave up on (attempts = max_attempts) stays in its table until cleanup.
    await a.sql(
      `select graphile_worker.add_job('deliver-message', '{}'::json, run_at => now() + interval '1 day', max_attempts => 1, job_key => 'kn-dead-job')`,
    );
    await a.sql(`update graphile_worker._private_jobs set attempts = 1 where key = 'kn-dead-job'`);
    expect(
      await a.sql(`select 1 from graphile_worker.jobs where key = 'kn-dead-job'`),
    ).toHaveLength(1);
    // The limiters' ended windows go too; a current one stays.
    await a.sql(
      `insert into rate_limit (key, points, expire) values ('kn-old', 3, $1), ('kn-current', 2, $2)`,
      [Date.now() - 60_000, Date.now() + 3_600_000],
    );
    await a.sql(`insert into login_rate_limit (key, points, expire) values ('kn-old', 3, $1)`, [
      Date.now() - 1000,
    ]);
    const { removed } = await a.jobs.purgeNow();
    expect(await a.sql(`select 1 from graphile_worker.jobs where key = 'kn-dead-job'`)).toEqual([]);
    expect(removed).toBeGreaterThanOrEqual(1);
    const rows = await a.sql(
      `select status from job where queue = 'deliver-message' and finished_at < $1`,
      [new Date(clock.now().getTime() - 30 * 24 * HOUR)],
    );
    expect(rows).toEqual([]);
    expect(await a.sql(`select key from rate_limit where key like 'kn-%'`)).toEqual([
      { key: 'kn-current' },
    ]);
    expect(await a.sql(`select key from login_rate_limit where key = 'kn-old'`)).toEqual([]);
    const recent = await a.sql(`select status from job where status = 'FAILED' and payload = '{}'`);
    expect(recent).toEqual([{ status: 'FAILED' }]);
  });
});

describe('the anonymous upload limit, shared in PostgreSQL', () => {
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const upload = (api: TestApi) =>
    fetch(`${api.origin}/uploads?kind=SUPPORTING`, {
      method: 'POST',
      headers: { 'x-file-name': 'ban-ve.pdf' },
      body: new Uint8Array(pdf),
    });

  it('counts uploads on both instances against one limit, answering RATE_LIMITED with Retry-After', async () => {
    expect((await upload(a)).status).toBe(201);
    expect((await upload(b)).status).toBe(201);
    expect((await upload(a)).status).toBe(201);
    // The fourth within ten minutes, wherever it lands, is refused.
    for (const api of [b, a]) {
      const res = await upload(api);
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);
      const body = (await res.json()) as { errors: { message: string; extensions: any }[] };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]!.message).toBe(
        'Bạn tải lên quá nhiều tệp, vui lòng thử lại sau ít phút.',
      );
    }
    // Signed-in staff are not limited.
    const hub = await a.login(TEST_STAFF.hub);
    const staff = await a.upload('quyet-dinh.pdf', pdf, { token: hub });
    expect(staff.status).toBe(201);
  });
});

describe('the crontab', () => {
  it('publishes a due post whose own job was lost, once, as the system', async () => {
    const editor = await a.login(TEST_STAFF.editor);
    const p = await createPost(a, editor, { title: 'Bài hẹn giờ mất việc' });
    const at = new Date(clock.now().getTime() + HOUR);
    await a.gql(SCHEDULE_POST, { id: p.id, at: at.toISOString() }, { token: editor });
    // The queued job is gone (e.g. a backup restored without the queue): only the sweep is left.
    await a.sql(
      `delete from graphile_worker._private_jobs where key in (select id::text from job where payload->>'postId' = $1)`,
      [p.id],
    );
    await a.sql(`update job set status = 'FAILED' where payload->>'postId' = $1`, [p.id]);
    expect(await a.jobs.runCronNow('publish-due-posts')).toEqual({ published: 0 });
    clock.advance(HOUR + 1000);
    // Both instances sweep at once (the minute's own tick may also have run it): one publishes.
    const runs = (await Promise.all([
      a.jobs.runCronNow('publish-due-posts'),
      b.jobs.runCronNow('publish-due-posts'),
    ])) as { published: number }[];
    expect(runs[0]!.published + runs[1]!.published).toBeLessThanOrEqual(1);
    const [row] = await a.sql(`select status, published_at from post where id = $1`, [p.id]);
    expect(row).toEqual({ status: 'PUBLISHED', published_at: clock.now() });
    const audits = await a.sql(
      `select actor_name from audit_entry where action = 'CONTENT_PUBLISHED' and details->>'postId' = $1`,
      [p.id],
    );
    expect(audits).toEqual([{ actor_name: 'Hệ thống' }]);
  });
});
