import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, TEST_STAFF } from '@khoi-nguon/api/testing';
import {
  createDatabaseFromTemplate,
  dropDatabase,
  startTestApi,
  TestClock,
  type TestApi,
} from '../helpers/api.js';
import { createPost, POST_BY_SLUG, SCHEDULE_POST } from '../helpers/content.js';

const HOUR = 3_600_000;
let api: TestApi;
const clock = new TestClock(new Date('2026-11-20T01:00:00Z'));
let editor: string;

beforeAll(async () => {
  // The runner is stopped: the test runs due jobs itself with drain() at the clock's time.
  api = await startTestApi({ clock, config: { runJobs: false } });
  editor = await api.login(TEST_STAFF.editor);
});
afterAll(() => api?.close());

async function publicPost(a: TestApi, slug: string) {
  return (await a.gql(POST_BY_SLUG, { slug })).data!.post.post;
}
async function statusOf(a: TestApi, id: string) {
  const [row] = await a.sql('select status, published_at, scheduled_at from post where id = $1', [
    id,
  ]);
  return row;
}

describe('scheduled publishing', () => {
  it('publishes a scheduled post when its time comes, through the job runner, as the system', async () => {
    const p = await createPost(api, editor, { title: 'Thông báo lịch tiếp nhận ý tưởng tháng 12' });
    const at = new Date(clock.now().getTime() + HOUR);
    const r = await api.gql(SCHEDULE_POST, { id: p.id, at: at.toISOString() }, { token: editor });
    expect(r.data!.schedulePost).toMatchObject({
      status: 'SCHEDULED',
      scheduledAt: at.toISOString(),
    });
    const [job] = await api.sql(
      `select run_at, status from job where queue = 'publish-post' and payload->>'postId' = $1`,
      [p.id],
    );
    expect(job).toMatchObject({ status: 'PENDING', run_at: at });

    await api.jobs.drain();
    expect(await publicPost(api, p.slug)).toBeNull();
    clock.advance(HOUR - 1000);
    await api.jobs.drain();
    expect((await statusOf(api, p.id)).status).toBe('SCHEDULED');

    clock.advance(2000);
    expect(await api.jobs.drain()).toBeGreaterThanOrEqual(1);
    expect(await publicPost(api, p.slug)).toMatchObject({ id: p.id, status: 'PUBLISHED' });
    const row = await statusOf(api, p.id);
    expect(row.published_at).toEqual(clock.now());
    expect(row.scheduled_at).toBeNull();
    const [a] = await api.sql(
      `select actor_name, actor_id from audit_entry where action = 'CONTENT_PUBLISHED' and details->>'postId' = $1`,
      [p.id],
    );
    expect(a).toEqual({ actor_name: 'Hệ thống', actor_id: null });
  });

  it('follows a reschedule and an unpublish: earlier jobs do nothing', async () => {
    const p = await createPost(api, editor, { title: 'Bài được hẹn giờ lại' });
    const first = new Date(clock.now().getTime() + HOUR);
    const later = new Date(clock.now().getTime() + 3 * HOUR);
    await api.gql(SCHEDULE_POST, { id: p.id, at: first.toISOString() }, { token: editor });
    await api.gql(SCHEDULE_POST, { id: p.id, at: later.toISOString() }, { token: editor });
    clock.advance(HOUR + 1000);
    await api.jobs.drain();
    expect((await statusOf(api, p.id)).status).toBe('SCHEDULED');
    clock.advance(2 * HOUR);
    await api.jobs.drain();
    expect((await statusOf(api, p.id)).status).toBe('PUBLISHED');

    const q = await createPost(api, editor, { title: 'Bài hẹn giờ rồi huỷ' });
    await api.gql(
      SCHEDULE_POST,
      { id: q.id, at: new Date(clock.now().getTime() + HOUR).toISOString() },
      { token: editor },
    );
    await api.gql(
      `mutation ($id: ID!) { unpublishPost(id: $id) { status } }`,
      { id: q.id },
      {
        token: editor,
      },
    );
    clock.advance(2 * HOUR);
    await api.jobs.drain();
    expect(await statusOf(api, q.id)).toMatchObject({ status: 'DRAFT', published_at: null });
  });

  it('refuses a time in the past', async () => {
    const p = await createPost(api, editor, { title: 'Bài hẹn giờ sai' });
    const r = await api.gql(
      SCHEDULE_POST,
      { id: p.id, at: new Date(clock.now().getTime() - 60_000).toISOString() },
      { token: editor },
    );
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { at: 'Thời điểm đăng phải ở tương lai.' },
    });
    expect((await statusOf(api, p.id)).status).toBe('DRAFT');
  });

  it('still publishes after a restart: stop the server, move the clock, start a new one on the same database', async () => {
    const databaseUrl = await createDatabaseFromTemplate();
    const restartClock = new TestClock(new Date('2026-12-01T00:00:00Z'));
    const first = await startTestApi({ clock: restartClock, databaseUrl });
    let second: TestApi | null = null;
    try {
      const token = await first.login(TEST_STAFF.editor);
      const p = await createPost(first, token, { title: 'Bài đăng sau khi máy chủ khởi động lại' });
      const at = new Date(restartClock.now().getTime() + HOUR);
      await first.gql(SCHEDULE_POST, { id: p.id, at: at.toISOString() }, { token });
      await first.close();

      restartClock.set(new Date(at.getTime() + 10 * 60_000));
      second = await startTestApi({ clock: restartClock, databaseUrl });
      // The new process's runner looks at the queue as it starts: no request needed.
      const deadline = Date.now() + 15_000;
      let seen = null;
      while (Date.now() < deadline && !(seen = await publicPost(second, p.slug)))
        await new Promise((r) => setTimeout(r, 200));
      expect(seen).toMatchObject({ id: p.id, status: 'PUBLISHED' });
    } finally {
      await second?.close();
      await dropDatabase(databaseUrl);
    }
  });
});

describe('test clock', () => {
  it('cannot be enabled outside demo mode, nor in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'test', KN_TEST_CLOCK: '1', DATABASE_URL: 'postgres://x/y' }),
    ).toThrow(/KN_TEST_CLOCK chỉ dùng được ở chế độ demo/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        KN_DEMO: 'true',
        KN_TEST_CLOCK: '1',
        KN_SECRET: 'x'.repeat(40),
        DATABASE_URL: 'postgres://x/y',
      }),
    ).toThrow(/KN_TEST_CLOCK/);
    expect(
      loadConfig({
        NODE_ENV: 'test',
        KN_DEMO: 'true',
        KN_TEST_CLOCK: '1',
        DATABASE_URL: 'postgres://x/y',
      }).testClock,
    ).toBe(true);
  });

  it('is absent unless enabled', async () => {
    const res = await fetch(`${api.origin}/__test__/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: HOUR }),
    });
    expect(res.status).toBe(404);
  });

  it('moves the server time in demo mode and runs what became due', async () => {
    const demo = await startTestApi({ config: { demo: true, testClock: true } });
    try {
      const move = (body: unknown) =>
        fetch(`${demo.origin}/__test__/clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ now: string }>);
      const set = await move({ now: '2027-03-01T01:00:00.000Z' });
      expect(Math.abs(Date.parse(set.now) - Date.parse('2027-03-01T01:00:00Z'))).toBeLessThan(5000);
      const health = await (await fetch(`${demo.origin}/health`)).json();
      expect(health.time.slice(0, 13)).toBe('2027-03-01T01');

      const token = await demo.login(TEST_STAFF.editor);
      const p = await createPost(demo, token, { title: 'Bài chờ đồng hồ thử nghiệm' });
      const at = new Date(Date.parse(set.now) + 2 * HOUR);
      await demo.gql(SCHEDULE_POST, { id: p.id, at: at.toISOString() }, { token });
      expect(await publicPost(demo, p.slug)).toBeNull();
      const moved = await move({ advanceMs: 2 * HOUR + 60_000 });
      expect(Date.parse(moved.now)).toBeGreaterThan(at.getTime());
      // The answer comes after the runner ran what was due.
      expect(await publicPost(demo, p.slug)).toMatchObject({ id: p.id, status: 'PUBLISHED' });
    } finally {
      await demo.close();
    }
  });
});
