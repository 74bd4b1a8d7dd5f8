import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { TRANSITION } from '../helpers/triage.js';
import { isProbe, probeUntilHeard, until } from '../helpers/live.js';

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
  const all: any[] = [];
  const errors: unknown[] = [];
  client.subscribe(
    { query, variables },
    { next: (v) => all.push(v), error: (e) => errors.push(e), complete: () => {} },
  );
  const payloads = () => all.map((v) => Object.values(v.data ?? {})[0] as any);
  return {
    errors,
    /** Real events, without the probes. */
    get events() {
      return all.filter((_, i) => !isProbe(payloads()[i]));
    },
    heardProbes: () => payloads().filter(isProbe).length,
  };
}

/** The tenant and units that probes name (an event of thôn A, of thôn B). */
async function probeTarget(api: TestApi) {
  const [row] = await api.sql(
    `select t.id as tenant, a.id as "unitA", b.id as "unitB" from tenant t
       join unit a on a.tenant_id = t.id and a.code = 'thon-a'
       join unit b on b.tenant_id = t.id and b.code = 'thon-b'`,
  );
  const event = (unitId: string, extra: Record<string, unknown> = {}) => ({
    topic: 'IDEA',
    type: 'UPDATED',
    tenantId: row.tenant,
    unitId,
    receptionPointId: null,
    status: 'SUBMITTED',
    ...extra,
  });
  return { a: (x = {}) => event(row.unitA, x), b: (x = {}) => event(row.unitB, x) };
}

const ACTIVITY = `subscription ($p: ID) { ideaActivity(receptionPointId: $p) { type ideaId status unitId at idea { title } } }`;

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
    const probe = await probeTarget(a);
    await probeUntilHeard(a, probe.a(), () => hubFeed.heardProbes() > 0, 'the hub');
    await probeUntilHeard(a, probe.a(), () => aFeed.heardProbes() > 0, 'unit A');
    await probeUntilHeard(a, probe.b(), () => bFeed.heardProbes() > 0, 'unit B');

    const cat = await catalog(b);
    const receipt = await submitIdea(
      b,
      ideaInput(cat.field('y-te'), {
        unitId: cat.unit('thon-a'),
        title: 'Ý tưởng đến từ tiến trình B',
      }),
    );
    await until(() => hubFeed.events.length > 0 && aFeed.events.length > 0, 'the new idea');
    const event = hubFeed.events[0].data.ideaActivity;
    expect(event).toMatchObject({
      type: 'RECEIVED',
      status: 'SUBMITTED',
      idea: { title: 'Ý tưởng đến từ tiến trình B' },
    });
    expect(aFeed.events[0].data.ideaActivity.idea.title).toBe('Ý tưởng đến từ tiến trình B');
    // Unit B hears a later event of its own: the idea's event, had it been sent, came before.
    const heardByB = bFeed.heardProbes();
    await probeUntilHeard(a, probe.b(), () => bFeed.heardProbes() > heardByB, 'unit B');
    expect(bFeed.events).toEqual([]);
    expect(anonFeed.events).toEqual([]);
    expect(anonFeed.heardProbes()).toBe(0);
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
      'subscription ($t: String!) { ideaTrackingUpdated(token: $t) { status statusLabel type at } }',
      { t: track.data!.trackIdea.token },
    );
    const hubB = await b.login(TEST_STAFF.hub);
    const [mine] = await b.sql('select id from idea where tracking_code = $1', [
      receipt.trackingCode,
    ]);
    const probe = await probeTarget(a);
    const mineProbe = probe.a({ ideaId: mine.id });
    await probeUntilHeard(a, mineProbe, () => feed.heardProbes() > 0, 'the tracking page');
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
    await until(() => feed.events.length > 0, 'the decision');
    // A later event of the same idea arrives: anything about the other idea would have by now.
    const heard = feed.heardProbes();
    await probeUntilHeard(a, mineProbe, () => feed.heardProbes() > heard, 'the tracking page');
    expect(
      feed.events.map(({ data: { ideaTrackingUpdated: e } }) => ({
        status: e.status,
        statusLabel: e.statusLabel,
        type: e.type,
      })),
    ).toEqual([
      { status: 'NEEDS_INFO', statusLabel: 'Cần bổ sung thông tin', type: 'STATUS_CHANGED' },
    ]);
  });

  it('hears nothing of a change that failed inside its transaction, and keeps nothing of it', async () => {
    const hub = await a.login(TEST_STAFF.hub);
    const feed = listen(a, ACTIVITY, {}, hub);
    const probe = await probeTarget(a);
    await probeUntilHeard(a, probe.a(), () => feed.heardProbes() > 0, 'the hub');
    // The database refuses this idea when the transaction commits: after every write and the
    // NOTIFY of its event, so the failure happens inside the transaction, not in validation.
    const DOOMED = 'Ý tưởng bị hủy khi xác nhận giao dịch';
    await b.sql(`create or replace function refuse_doomed_idea() returns trigger language plpgsql as $$
      begin raise exception 'kiểm thử: giao dịch bị hủy'; end $$`);
    await b.sql(`create constraint trigger refuse_doomed_idea after insert on idea
      deferrable initially deferred for each row when (new.title = '${DOOMED}')
      execute function refuse_doomed_idea()`);
    const rowCounts = async () => {
      const tables = await b.sql<{ name: string }>(
        `select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables)
        counts[name] = (await b.sql(`select count(*)::int as n from "${name}"`))[0].n;
      return counts;
    };
    try {
      const cat = await catalog(b);
      const before = await rowCounts();
      const failed = await b.gql(
        'mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { trackingCode } }',
        { i: ideaInput(cat.field('y-te'), { title: DOOMED }) },
      );
      expect(failed.errors).toBeDefined();
      expect(failed.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed.errors)).not.toMatch(/kiểm thử|trigger|giao dịch bị hủy/);
      // Nothing of it was written: no idea, receipt, consent, job, message or audit entry.
      expect(await rowCounts()).toEqual(before);

      // The next idea's event arrives; the failed one's would have come first.
      await submitIdea(b, ideaInput(cat.field('y-te'), { title: 'Ý tưởng sau lần hủy' }));
      await until(() => feed.events.length > 0, 'the next idea');
      expect(feed.events.map((e) => e.data.ideaActivity.idea?.title)).toEqual([
        'Ý tưởng sau lần hủy',
      ]);
    } finally {
      await b.sql('drop trigger if exists refuse_doomed_idea on idea');
      await b.sql('drop function if exists refuse_doomed_idea()');
    }
  });
});
