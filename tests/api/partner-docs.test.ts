import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { PARTNER_EXAMPLES } from '../../api/src/partner/partner-docs.js';
import { KhoiNguonClient } from '../../api/src/partner/client-example.js';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS } from '../helpers/triage.js';

/**
 * The partners' documentation (/docs) never rots: every worked example it shows runs here with a
 * key of the scope it names and answers without error, the TypeScript client example runs, and
 * the page and the contract it links are served.
 */
let api: TestApi;
const keys: Record<string, string> = {};
let fieldId: string;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  const admin = await api.login(TEST_STAFF.admin);
  for (const scope of ['PUBLIC_READ', 'STATISTICS', 'SUBMIT']) {
    const r = await api.gql<{ createApiKey: { key: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { name: `Tài liệu: ${scope}`, scopes: [scope] } },
      { token: admin },
    );
    keys[scope] = r.data!.createApiKey.key;
  }
  fieldId = (await api.gql<{ fields: { id: string }[] }>('{ fields { id } }')).data!.fields[0]!.id;
  // Something to find: one published, honoured idea of the field, its author consenting.
  const { trackingCode } = await submitIdea(
    api,
    ideaInput(fieldId, { title: 'Nước sạch cho tổ dân phố', consents: ALL_CONSENTS }),
  );
  await api.sql(
    `update idea set rights_status = 'ESTABLISHED', published_at = now(), honoured_at = now(),
        honour_citation = 'Vì lợi ích cộng đồng' where tracking_code = $1`,
    [trackingCode],
  );
});
afterAll(() => api?.close());

function fill(value: unknown, n: number): unknown {
  if (value === '$FIELD_ID') return fieldId;
  if (value === '$KEY') return `tai-lieu-${n}-${Date.now()}`;
  if (Array.isArray(value)) return value.map((v) => fill(v, n));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, n)]));
  return value;
}

describe('the partners’ documentation', () => {
  it('has examples that run with a key of the scope they name', async () => {
    expect(PARTNER_EXAMPLES.map((e) => e.id)).toEqual(
      expect.arrayContaining(['featured', 'honoured-by-field', 'statistics', 'kiosk-submit']),
    );
    for (const [i, e] of PARTNER_EXAMPLES.entries()) {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': keys[e.scope]! },
        body: JSON.stringify({ query: e.query, variables: fill(e.variables ?? {}, i) }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, `${e.id}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(res.status, e.id).toBe(200);
      expect(
        Object.values(body.data!).every((v) => v !== null),
        e.id,
      ).toBe(true);
    }
  });

  it('runs the TypeScript client example', async () => {
    const client = new KhoiNguonClient(api.url, keys.PUBLIC_READ!);
    const honoured = await client.honouredIdeas();
    expect(honoured.length).toBeGreaterThan(0);
    expect(honoured[0]).toMatchObject({ id: expect.any(String), title: expect.any(String) });
    await expect(new KhoiNguonClient(api.url, keys.STATISTICS!).honouredIdeas()).rejects.toThrow(
      /^FORBIDDEN: /,
    );
  });

  it('serves the page and the contract', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const page = await fetch(`${base}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; style-src 'sha256-/,
    );
    const html = await page.text();
    for (const e of PARTNER_EXAMPLES) expect(html).toContain(`id="${e.id}"`);
    for (const word of [
      'X-Api-Key',
      'RateLimit-Remaining',
      'RATE_LIMITED',
      'endCursor',
      'class KhoiNguonClient',
      'X-KhoiNguon-Signature',
      'function verifyWebhook',
    ])
      expect(html).toContain(word);
    const sdl = await (await fetch(`${base}/docs/schema.graphql`)).text();
    const committed = await readFile(
      new URL('../../schema/schema.graphql', import.meta.url),
      'utf8',
    );
    expect(sdl.trim()).toBe(committed.trim());
  });
});
