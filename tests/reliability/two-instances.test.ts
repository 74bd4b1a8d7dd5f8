import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { createPost, SCHEDULE_POST } from '../helpers/content.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { TRANSITION } from '../helpers/triage.js';
import { until } from '../helpers/live.js';

// Two API instances on one database, as behind a load balancer (docs/DEPLOYMENT.md). Login limits
// across instances: tests/api/sign-in-security.test.ts.
const clock = new TestClock(new Date('2026-11-20T01:00:00Z'));
let a: TestApi;
let b: TestApi;
const clients: Client[] = [];
beforeAll(async () => {
  // The runners are stopped: the test runs due jobs on both instances at once with drain().
  a = await startTestApi({ clock, config: { runJobs: false } });
  b = await startTestApi({ clock, databaseUrl: a.databaseUrl, config: { runJobs: false } });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await b?.close();
  await a?.close();
});

describe('two API instances on one database', () => {
  it('publish a scheduled post once when both run their due jobs at the same moment', async () => {
    const editor = await a.login(TEST_STAFF.editor);
    const posts = await Promise.all(
      [1, 2, 3].map((n) => createPost(a, editor, { title: `Thông báo số ${n} về cuộc thi` })),
    );
    const at = new Date(clock.now().getTime() + 3_600_000);
    for (const p of posts) {
      const r = await b.gql(SCHEDULE_POST, { id: p.id, at: at.toISOString() }, { token: editor });
      expect(r.data!.schedulePost.status).toBe('SCHEDULED');
    }
    clock.advance(3_600_000 + 1000);
    const [ranA, ranB] = await Promise.all([a.jobs.drain(), b.jobs.drain()]);
    expect(ranA + ranB).toBeGreaterThanOrEqual(posts.length);
    for (const p of posts) {
      const [post] = await a.sql('select status from post where id = $1', [p.id]);
      expect(post.status).toBe('PUBLISHED');
      const [{ n }] = await a.sql(
        `select count(*)::int as n from audit_entry
          where action = 'CONTENT_PUBLISHED' and details->>'postId' = $1`,
        [p.id],
      );
      expect(n).toBe(1);
    }
  });

  it('deliver a status change made through A to a subscriber connected to B', async () => {
    const cat = await catalog(a);
    const receipt = await submitIdea(
      a,
      ideaInput(cat.field('y-te'), {
        author: { fullName: 'Lê Văn Hai', email: 'hai@example.com' },
      }),
    );
    const track = await b.gql(
      'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
      { c: receipt.trackingCode, k: 'hai@example.com' },
    );
    const client = createClient({ url: b.wsUrl, webSocketImpl: WebSocket });
    clients.push(client);
    const events: any[] = [];
    let subscribed = false;
    client.subscribe(
      {
        query: 'subscription ($t: String!) { ideaTrackingUpdated(token: $t) { status type at } }',
        variables: { t: track.data!.trackIdea.token },
      },
      {
        next: (v) => events.push(v.data!.ideaTrackingUpdated),
        error: () => {},
        complete: () => {},
      },
    );
    // Registered once the server has acknowledged the connection and the subscription started.
    client.on('connected', () => (subscribed = true));
    await until(() => subscribed, 'the subscription on B');
    const [idea] = await a.sql('select id from idea where tracking_code = $1', [
      receipt.trackingCode,
    ]);
    const hub = await a.login(TEST_STAFF.hub);
    // Repeated until heard: the first may come before B has registered its listener.
    const end = Date.now() + 15_000;
    let step = 0;
    const targets = ['NEEDS_INFO', 'SUBMITTED'];
    while (!events.some((e) => e.type === 'STATUS_CHANGED')) {
      if (Date.now() > end) throw new Error('B never heard the change made through A');
      const to = targets[step++ % 2];
      const r = await a.gql(
        TRANSITION,
        { input: { ideaId: idea.id, to, ...(to === 'NEEDS_INFO' ? { missing: ['COST'] } : {}) } },
        { token: hub },
      );
      if (r.errors) break;
      await until(() => events.length > 0, 'an event', 1000).catch(() => undefined);
    }
    expect(events.find((e) => e.type === 'STATUS_CHANGED')).toMatchObject({
      status: expect.any(String),
    });
  });
});
