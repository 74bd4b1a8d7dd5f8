import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS } from '../helpers/triage.js';

/**
 * Anonymous reads over GET with a persisted query id are cacheable: Cache-Control, an ETag that
 * changes when public content changes, 304 on If-None-Match. Sessions stay private.
 */
let api: TestApi;
let hub: string;

const GALLERY = `query Gallery { ideas(first: 20, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
  totalCount nodes { id title statusLabel publishedAt fields { name } unit { name } authors { displayName } }
} }`;
const HASH = createHash('sha256').update(GALLERY).digest('hex');
const EXT = encodeURIComponent(
  JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }),
);

function get(opts: { withQuery?: boolean; headers?: Record<string, string> } = {}) {
  const q = opts.withQuery ? `query=${encodeURIComponent(GALLERY)}&` : '';
  return fetch(`${api.url}?${q}extensions=${EXT}`, {
    headers: { 'x-tenant': '16228', ...opts.headers },
  });
}

async function ideaIdOf(trackingCode: string): Promise<string> {
  const [row] = await api.sql('select id from idea where tracking_code = $1', [trackingCode]);
  return row.id;
}

async function newPublishableIdea(title: string): Promise<string> {
  const cat = await catalog(api);
  const r = await submitIdea(
    api,
    ideaInput(cat.fields[0]!.id, { title, consents: ALL_CONSENTS, origin: { ownWork: true } }),
  );
  const id = await ideaIdOf(r.trackingCode);
  const rights = await api.gql(
    'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }',
    { i: { ideaId: id, status: 'ESTABLISHED', reason: 'Đã cam đoan nguồn gốc.' } },
    { token: hub },
  );
  expect(rights.errors).toBeUndefined();
  return id;
}

async function publish(id: string) {
  const r = await api.gql(
    'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
    { id },
    { token: hub },
  );
  expect(r.errors).toBeUndefined();
}

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  await publish(await newPublishableIdea('Ý tưởng công khai đầu tiên'));
});
afterAll(() => api?.close());

describe('cacheable anonymous reads', () => {
  it('answers a GET by persisted query id with Cache-Control and an ETag, and 304 when unchanged', async () => {
    // The id alone is unknown at first: the client then sends the query once with its id.
    const unknown = await (await get()).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const first = await get({ withQuery: true });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.ideas.totalCount).toBe(1);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);

    const byId = await get();
    expect(byId.status).toBe(200);
    expect(byId.headers.get('etag')).toBe(etag);
    expect(await byId.json()).toEqual(body);

    api.resetQueries();
    const again = await get({ headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    // Neither the 304 nor a repeat touches the database.
    await get();
    expect(api.queries.filter((q) => /from "idea"/.test(q))).toEqual([]);
  });

  it('changes the ETag once public content changes, and shows the change', async () => {
    const before = await get({ withQuery: true });
    const etag = before.headers.get('etag')!;
    const id = await newPublishableIdea('Ý tưởng công khai thứ hai');
    await publish(id);
    // The change reaches the cache by a notification after commit: wait for it, not for a time.
    let now = await get();
    for (let i = 0; i < 200 && now.headers.get('etag') === etag; i++) {
      await new Promise((r) => setImmediate(r));
      now = await get();
    }
    expect(now.headers.get('etag')).not.toBe(etag);
    const body = await now.json();
    expect(body.data.ideas.totalCount).toBe(2);
    expect(body.data.ideas.nodes.map((n: { id: string }) => n.id)).toContain(id);
    const stale = await get({ headers: { 'if-none-match': etag } });
    expect(stale.status).toBe(200);
  });

  it('runs identical requests that arrive together once, and answers them all', async () => {
    // The version part of the ETag of another cached request shows when a change has arrived.
    const version = async () =>
      (
        await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
          headers: { 'x-tenant': '16228' },
        })
      ).headers
        .get('etag')!
        .split('.')[1];
    const before = await version();
    await publish(await newPublishableIdea('Ý tưởng công khai thứ ba'));
    for (let i = 0; i < 500 && (await version()) === before; i++)
      await new Promise((r) => setImmediate(r));
    // The gallery has not been asked since: twelve identical requests miss together.
    api.resetQueries();
    const all = await Promise.all(Array.from({ length: 12 }, () => get()));
    const bodies = await Promise.all(all.map((r) => r.json()));
    expect(all.map((r) => r.status)).toEqual(Array(12).fill(200));
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    expect(bodies[0].data.ideas.totalCount).toBe(3);
    // One execution of the list answers them (two if the cache's time bucket turned over in
    // between; without waiting for the first, each of the twelve would run it).
    const lists = api.queries.filter((q) => /from "idea"/.test(q) && /limit/.test(q));
    expect(lists.length).toBeGreaterThanOrEqual(1);
    expect(lists.length).toBeLessThanOrEqual(2);
  });

  it('keeps requests with a session private and never caches POST', async () => {
    const staff = await get({ withQuery: true, headers: { authorization: `Bearer ${hub}` } });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('cache-control')).toBe('private, no-store');
    expect(staff.headers.get('etag') ?? '').not.toMatch(/^"[0-9a-f]{8}\./);
    const post = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': '16228' },
      body: JSON.stringify({ query: GALLERY }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a GET a foreign page could forge (no tenant or preflight header)', async () => {
    const r = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(r.status).toBe(400);
  });

  it('does not cache a failed answer', async () => {
    const bad = await fetch(`${api.url}?query=${encodeURIComponent('{ nope }')}`, {
      headers: { 'x-tenant': '16228' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect(bad.headers.get('etag')).toBeNull();
  });
});
