import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { TRANSITION } from '../helpers/triage.js';

// Two API processes on one database: what one does, subscribers of the other hear.
let a: TestApi;
let b: TestApi;
const clients: Client[] = [];

beforeAll(async () => {
  a = await startTestApi();
  b = await startTestApi({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await b?.close();
  await a?.close();
});

function listen(api: TestApi, query: string, variables: Record<string, unknown>, token?: string) {
  const client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  clients.push(client);
  const events: any[] = [];
  const errors: unknown[] = [];
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  client.on('connected', () => setTimeout(ready, 150));
  client.subscribe(
    { query, variables },
    { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => {} },
  );
  return { events, errors, started };
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for an event');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const ACTIVITY = `subscription ($p: ID) { ideaActivity(receptionPointId: $p) { type ideaId status unitId idea { title } } }`;

describe('live updates across API instances', () => {
  it('tells the hub and the unit about a new idea, and withholds it from another unit', async () => {
    const [hub, officerA, officerB] = await Promise.all([
      a.login(TEST_STAFF.hub),
      a.login(TEST_STAFF.officerA),
      a.login(TEST_STAFF.officerB),
    ]);
    const hubFeed = listen(a, ACTIVITY, {}, hub);
    const aFeed = listen(a, ACTIVITY, {}, officerA);
    const bFeed = listen(a, ACTIVITY, {}, officerB);
    const anonFeed = listen(a, ACTIVITY, {});
    await Promise.all([hubFeed.started, aFeed.started, bFeed.started, anonFeed.started]);

    const cat = await catalog(b);
    const receipt = await submitIdea(
      b,
      ideaInput(cat.field('y-te'), {
        unitId: cat.unit('thon-a'),
        title: 'Ý tưởng đến từ tiến trình B',
      }),
    );
    await until(() => hubFeed.events.length > 0 && aFeed.events.length > 0);
    const event = hubFeed.events[0].data.ideaActivity;
    expect(event).toMatchObject({
      type: 'RECEIVED',
      status: 'SUBMITTED',
      idea: { title: 'Ý tưởng đến từ tiến trình B' },
    });
    expect(aFeed.events[0].data.ideaActivity.idea.title).toBe('Ý tưởng đến từ tiến trình B');
    await new Promise((r) => setTimeout(r, 500));
    expect(bFeed.events).toEqual([]);
    expect(anonFeed.events).toEqual([]);
    expect(receipt.trackingCode).toMatch(/^KN-/);
  });

  it("updates the author's tracking page when the hub decides on the other instance", async () => {
    const cat = await catalog(a);
    const receipt = await submitIdea(
      a,
      ideaInput(cat.field('y-te'), {
        author: { fullName: 'Tác Giả Sống', email: 'song@example.com' },
      }),
    );
    const track = await a.gql(
      'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
      { c: receipt.trackingCode, k: 'song@example.com' },
    );
    const other = await submitIdea(a, ideaInput(cat.field('y-te')));
    const feed = listen(
      a,
      'subscription ($t: String!) { ideaTrackingUpdated(token: $t) { status statusLabel type } }',
      { t: track.data!.trackIdea.token },
    );
    await feed.started;
    const hubB = await b.login(TEST_STAFF.hub);
    const [mine] = await b.sql('select id from idea where tracking_code = $1', [
      receipt.trackingCode,
    ]);
    const [theirs] = await b.sql('select id from idea where tracking_code = $1', [
      other.trackingCode,
    ]);
    await b.gql(
      TRANSITION,
      { input: { ideaId: theirs.id, to: 'NEEDS_INFO', missing: ['COST'] } },
      { token: hubB },
    );
    await b.gql(
      TRANSITION,
      { input: { ideaId: mine.id, to: 'NEEDS_INFO', missing: ['COST'] } },
      { token: hubB },
    );
    await until(() => feed.events.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.events.map((e) => e.data.ideaTrackingUpdated)).toEqual([
      { status: 'NEEDS_INFO', statusLabel: 'Cần bổ sung thông tin', type: 'STATUS_CHANGED' },
    ]);
  });

  it('hears nothing of a change that rolled back', async () => {
    const hub = await a.login(TEST_STAFF.hub);
    const feed = listen(a, ACTIVITY, {}, hub);
    await feed.started;
    const cat = await catalog(b);
    const bad = await b.gql(
      'mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { trackingCode } }',
      { i: ideaInput(cat.field('y-te'), { title: '' }) },
    );
    expect(bad.errors).toBeDefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(feed.events).toEqual([]);
  });
});
