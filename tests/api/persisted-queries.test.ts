import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, TEST_STAFF } from '@khoi-nguon/api/testing';
import { ConfigError, loadConfig } from '@khoi-nguon/api';
import { startTestApi, type TestApi } from '../helpers/api.js';

/**
 * Persisted queries: the apps' operations are registered by the SHA-256 of their text in
 * schema/operations.json. In `auto` mode a registered hash is answered without its text and
 * anyone may still send a document; in `allowlist` mode a caller with neither a staff session nor
 * a partner's key runs only the registered operations — over POST, GET and WebSocket, and on the
 * compiled read path as on the general one.
 */
const manifest = JSON.parse(
  readFileSync(new URL('../../schema/operations.json', import.meta.url), 'utf8'),
) as { operations: Record<string, { name: string; apps: string[]; query: string }> };

function registered(name: string): { hash: string; query: string } {
  const found = Object.entries(manifest.operations).find(([, op]) => op.name === name);
  if (!found) throw new Error(`${name} is not in schema/operations.json`);
  return { hash: found[0], query: found[1].query };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

const AD_HOC = '{ ideaCounters { received } }';

describe('persisted queries, auto mode (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { runJobs: false } });
  });
  afterAll(() => api?.close());

  it('answers a registered operation by its hash alone, and any document as before', async () => {
    const live = registered('LiveCounters');
    const r = await post(api, byHash(live.hash));
    expect(r.status).toBe(200);
    expect(r.body.data.ideaCounters.received).toBeTypeOf('number');

    const free = await post(api, { query: AD_HOC });
    expect(free.body.errors).toBeUndefined();
    expect(free.body.data.ideaCounters.received).toBe(r.body.data.ideaCounters.received);
  });

  it('asks for the text of a hash it does not know, then learns it', async () => {
    const query = '{ fields { id } }';
    const unknown = await post(api, byHash(sha(query)));
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post(api, { query, ...byHash(sha(query)) });
    expect(register.body.errors).toBeUndefined();
    const again = await post(api, byHash(sha(query)));
    expect(again.body.data.fields.length).toBeGreaterThan(0);
    // A text that does not match its hash is refused, not registered under that hash.
    const lie = await post(api, { query: AD_HOC, ...byHash(sha(query)) });
    expect(lie.status).toBe(400);
  });
});

describe('persisted queries, allow-list mode', () => {
  let api: TestApi;
  let admin: string;
  let key: string;
  beforeAll(async () => {
    api = await startTestApi({ config: { runJobs: false, persistedQueries: 'allowlist' } });
    // Signing in is one of the admin's registered operations.
    const login = await post(api, {
      ...byHash(registered('Login').hash, {
        email: TEST_STAFF.admin,
        password: TEST_PASSWORD,
      }),
    });
    admin = login.body.data.login.token;
    const created = await api.gql<{ createApiKey: { key: string } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'Báo Thanh Hóa', scopes: ['PUBLIC_READ', 'STATISTICS'] } },
      { token: admin },
    );
    key = created.data!.createApiKey.key;
  });
  afterAll(() => api?.close());

  it("refuses a stranger's own document with OPERATION_NOT_ALLOWED (403), in Vietnamese", async () => {
    for (const query of [AD_HOC, '{ fields { id name } }', '{ __typename }']) {
      const r = await post(api, { query });
      expect(r.status, query).toBe(403);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
      expect(r.body.errors[0].message).toMatch(/truy vấn đã đăng ký/);
    }
    const en = await post(api, { query: AD_HOC }, { 'accept-language': 'en' });
    expect(en.body.errors[0].message).toMatch(/registered/);
    // The same by GET, where the public cache sits.
    const get = await fetch(`${api.url}?query=${encodeURIComponent(AD_HOC)}`, {
      headers: { 'x-tenant': '16228' },
    });
    expect(get.status).toBe(403);
    expect(((await get.json()) as any).errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it("runs the apps' registered operations, by text (the compiled path too) and by hash", async () => {
    const live = registered('LiveCounters');
    const byText = await post(api, { query: live.query });
    expect(byText.status).toBe(200);
    expect(byText.body.errors).toBeUndefined();
    expect(byText.body.data.ideaCounters.received).toBeTypeOf('number');
    const hashed = await post(api, byHash(live.hash));
    expect(hashed.body.data).toEqual(byText.body.data);

    const filters = registered('IdeaFilters');
    const r = await post(api, byHash(filters.hash));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.fields.length).toBeGreaterThan(0);

    // Registering is closed to strangers: the refused document is not learned under its hash.
    const query = '{ units { id } }';
    const registerAttempt = await post(api, { query, ...byHash(sha(query)) });
    expect(registerAttempt.body.errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
    const afterwards = await post(api, byHash(sha(query)));
    expect(afterwards.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(afterwards.body.data ?? null).toBeNull();
    // A partner's key may register it; a stranger sending the hash is still refused.
    const learned = await post(api, { query, ...byHash(sha(query)) }, { 'x-api-key': key });
    expect(learned.body.errors).toBeUndefined();
    const stranger = await post(api, byHash(sha(query)));
    expect(stranger.body.errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('lets a partner with a key and a signed-in staff member send their own documents', async () => {
    const partner = await post(api, { query: AD_HOC }, { 'x-api-key': key });
    expect(partner.body.errors).toBeUndefined();
    expect(partner.body.data.ideaCounters.received).toBeTypeOf('number');
    const staff = await post(api, { query: AD_HOC }, { authorization: `Bearer ${admin}` });
    expect(staff.body.errors).toBeUndefined();
    // A token that is no session's is a stranger's.
    const forged = await post(
      api,
      { query: AD_HOC },
      { authorization: 'Bearer not-a-session-token-at-all' },
    );
    expect(forged.body.errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('refuses an unregistered subscription from a stranger over WebSocket', async () => {
    const client = createClient({ url: api.wsUrl, webSocketImpl: WebSocket, lazy: true });
    try {
      const errors = await new Promise<any[]>((resolve) => {
        client.subscribe(
          { query: 'subscription { ideaActivity { type } }' },
          { next: () => {}, error: (e) => resolve(e as any[]), complete: () => resolve([]) },
        );
      });
      expect(errors[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    } finally {
      await client.dispose();
    }
  });
});

describe('the allow-list configuration', () => {
  it('names the two modes and refuses anything else', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://x',
        KN_PERSISTED_QUERIES: 'strict',
      }),
    ).toThrow(ConfigError);
    expect(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://x',
        KN_PERSISTED_QUERIES: 'allowlist',
      }).persistedQueries,
    ).toBe('allowlist');
  });

  it('does not start on a manifest whose texts do not match their hashes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kn-manifest-'));
    const file = path.join(dir, 'operations.json');
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        operations: { [sha('{ fields { id } }')]: { name: 'X', apps: ['x'], query: AD_HOC } },
      }),
    );
    await expect(
      startTestApi({
        config: { runJobs: false, persistedQueries: 'allowlist', persistedOperationsFile: file },
      }),
    ).rejects.toThrow(/không khớp mã băm/);
  });
});
