import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

/**
 * Strangers' GraphQL requests per address per minute (KN_ANONYMOUS_REQUESTS_PER_MINUTE), reads
 * included, one limit for every API instance: each instance decides without a database round
 * trip and adds its counts to PostgreSQL in batches, learning the others' as it does.
 */
const LIMIT = 10;
let a: TestApi;
let b: TestApi;
const READ = '{ ideas(first: 1) { totalCount } }';

async function post(
  api: TestApi,
  address: string,
  opts: { lang?: string; token?: string; key?: string; query?: string } = {},
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-forwarded-for': address,
  };
  if (opts.lang) headers['accept-language'] = opts.lang;
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.key) headers['x-api-key'] = opts.key;
  const res = await fetch(a === api ? a.url : b.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: opts.query ?? READ }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const flushed = () => new Promise((r) => setTimeout(r, 600));

beforeAll(async () => {
  // The window is the clock minute: start with time to spare in it.
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 20_000) await new Promise((r) => setTimeout(r, left + 100));
  a = await startTestApi({ config: { runJobs: false, anonymousRequestsPerMinute: LIMIT } });
  b = await startTestApi({
    databaseUrl: a.databaseUrl,
    config: { runJobs: false, anonymousRequestsPerMinute: LIMIT },
  });
});
afterAll(async () => {
  await b?.stop();
  await a?.close();
});

describe('strangers per address', () => {
  it('counts reads and refuses the one over the limit with 429 RATE_LIMITED and Retry-After', async () => {
    for (let i = 1; i <= LIMIT; i++) {
      const r = await post(a, '203.0.113.1');
      expect(r.status).toBe(200);
      expect(r.body.data.ideas.totalCount).toBeGreaterThanOrEqual(0);
      expect(r.headers.get('ratelimit-limit')).toBe(String(LIMIT));
      expect(r.headers.get('ratelimit-remaining')).toBe(String(LIMIT - i));
    }
    const over = await post(a, '203.0.113.1');
    expect(over.status).toBe(429);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(over.body.errors[0].message).toMatch(/^Có quá nhiều yêu cầu từ địa chỉ mạng này/);
    const retry = Number(over.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(over.body.errors[0].extensions.retryAfterSeconds).toBe(retry);
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    const en = await post(a, '203.0.113.1', { lang: 'en' });
    expect(en.status).toBe(429);
    expect(en.body.errors[0].message).toMatch(/^Too many requests from this network address/);
  });

  it('counts each address apart, and never staff or partners with a key', async () => {
    expect((await post(a, '203.0.113.2')).status).toBe(200);
    const token = await a.login(TEST_STAFF.admin);
    const staff = await post(a, '203.0.113.1', { token });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('ratelimit-limit')).toBeNull();
    const created = await a.gql<{ createApiKey: { key: string } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'Báo Thanh Hóa', scopes: ['PUBLIC_READ'] } },
      { token },
    );
    const keyed = await post(a, '203.0.113.1', { key: created.data!.createApiKey.key });
    expect(keyed.status).toBe(200);
    // The key's own limit speaks, not the address's.
    expect(keyed.headers.get('ratelimit-limit')).toBe('600');
  });

  it('is one limit across instances, shared through PostgreSQL', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < 6; i++) expect((await post(a, address)).status).toBe(200);
    await flushed();
    // B has not heard of the address yet: it admits and, on its next batch, learns A's six.
    expect((await post(b, address)).status).toBe(200);
    await flushed();
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((await post(b, address)).status);
    expect(seen).toEqual([200, 200, 200, 429, 429]);
    await flushed();
    // A learns B's requests on its next batch too.
    expect((await post(a, address)).status).toBe(200);
    await flushed();
    expect((await post(a, address)).status).toBe(429);
    const [row] = await a.sql(`select points from rate_limit where key = $1`, [
      `graphql_address:${address}`,
    ]);
    expect(row.points).toBe(LIMIT + 1);
  });
});
