import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { PARTNER_EXAMPLES } from '../../api/src/partner/partner-docs.js';
import { EXPLORER_INTROSPECTION_QUERY } from '../../api/src/partner/partner-explorer.js';
import { startTestApi, type TestApi } from '../helpers/api.js';

/**
 * The partners' GraphQL explorer (/docs/explorer), served by the API: a page, its script and its
 * style sheet from the API alone under a strict CSP (no inline script or style, no CDN), linked
 * from /docs, carrying every worked example; the schema browser's introspection query passes the
 * API's limits with a key and is refused to strangers when introspection is off (production).
 */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let api: TestApi;
let base: string;
let key: string;

beforeAll(async () => {
  // Introspection off, as in production: strangers may not read the schema, partners may.
  api = await startTestApi({ config: { runJobs: false, introspection: false } });
  base = api.url.replace(/\/graphql$/, '');
  const admin = await api.login(TEST_STAFF.admin);
  const r = await api.gql<{ createApiKey: { key: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    { input: { name: 'Công cụ khám phá', scopes: ['PUBLIC_READ'] } },
    { token: admin },
  );
  key = r.data!.createApiKey.key;
});
afterAll(() => api?.close());

describe('the partners’ GraphQL explorer', () => {
  it('serves its page under a strict CSP, with labelled fields and a live result region', async () => {
    const res = await fetch(`${base}/docs/explorer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CSP);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');

    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<script src="/docs/explorer.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/docs/explorer.css">');
    // Nothing the CSP would refuse, nothing from elsewhere.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);

    // Every input has its label; the answer is announced.
    const ids = [...html.matchAll(/<(?:input|textarea|select)\b[^>]*\bid="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(ids).toEqual(
      expect.arrayContaining(['api-key', 'tenant', 'query', 'variables', 'schema-filter']),
    );
    for (const id of ids) expect(html, id).toContain(`<label for="${id}">`);
    expect(html).toMatch(/<div id="result-summary" aria-live="polite">/);
    for (const words of [
      'Chạy truy vấn',
      'Quên khóa',
      'Forget key',
      'Tải lược đồ',
      'sessionStorage',
      'X-Tenant',
    ])
      expect(html).toContain(words);
    expect(html).toContain('href="/docs"');
  });

  it('serves the script as JavaScript and the style sheet as CSS, from the API alone', async () => {
    const js = await fetch(`${base}/docs/explorer.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript; charset=utf-8/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const source = await js.text();
    // A script that parses, needs no eval, talks to this API only and keeps the key in the tab.
    expect(() => new Function(source)).not.toThrow();
    expect(source).not.toMatch(/\beval\(|new Function|innerHTML|document\.write/);
    expect(source).not.toMatch(/\blocalStorage\s*[.[]/);
    expect(source).toContain('sessionStorage.setItem');
    expect(source).not.toMatch(/https?:\/\//);
    expect(source).toContain('"endpoint":"/graphql"');

    const css = await fetch(`${base}/docs/explorer.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css; charset=utf-8/);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    const style = await css.text();
    expect(style).toContain('body{');
    expect(style).not.toMatch(/@import|@font-face|url\(/);
  });

  it('carries every worked example of the documentation', async () => {
    const html = await (await fetch(`${base}/docs/explorer`)).text();
    const source = await (await fetch(`${base}/docs/explorer.js`)).text();
    expect(PARTNER_EXAMPLES.length).toBeGreaterThan(0);
    for (const e of PARTNER_EXAMPLES) {
      expect(html, e.id).toContain(`data-example="${e.id}"`);
      expect(source, e.id).toContain(`"id":${JSON.stringify(e.id)}`);
      expect(source, e.id).toContain(JSON.stringify(e.query));
      expect(html, e.id).toContain(`<code>${e.scope}</code>`);
    }
  });

  it('is linked from the documentation', async () => {
    const html = await (await fetch(`${base}/docs`)).text();
    expect(html).toContain('<a href="/docs/explorer">');
  });

  it('reads the schema with a key where strangers are refused (introspection off)', async () => {
    const body = JSON.stringify({
      query: EXPLORER_INTROSPECTION_QUERY,
      operationName: 'ExplorerSchema',
    });
    const stranger = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(stranger.status).toBe(400);
    const refused = (await stranger.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(refused.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors[0]!.message).toBe('Câu truy vấn không khớp với lược đồ GraphQL.');

    const partner = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body,
    });
    const answer = (await partner.json()) as {
      errors?: unknown[];
      data: {
        __schema: {
          queryType: { name: string };
          mutationType: { name: string };
          types: { name: string; fields: { name: string; description: string | null }[] | null }[];
        };
      };
    };
    expect(answer.errors).toBeUndefined();
    expect(partner.status).toBe(200);
    expect(partner.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    const schema = answer.data.__schema;
    expect(schema.queryType.name).toBe('Query');
    expect(schema.mutationType.name).toBe('Mutation');
    const query = schema.types.find((t) => t.name === 'Query')!;
    const ideas = query.fields!.find((f) => f.name === 'ideas')!;
    expect(ideas.description).toBeTruthy();
  });
});
