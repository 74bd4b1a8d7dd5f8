import { describe, expect, it, vi } from 'vitest';
import { gql } from './graphql';

vi.mock('$env/dynamic/private', () => ({ env: {} }));
import type { TypedDocument } from '@khoi-nguon/schema/client';

const DOC = { toString: () => '{ fields { id } }' } as TypedDocument<{ fields: [] }, object>;

function capturing() {
  const sent: Headers[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Headers(init?.headers));
    return new Response(JSON.stringify({ data: { fields: [] } }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

describe('the server-side GraphQL client', () => {
  it('asks the API for English on an English page, so its errors come back in English', async () => {
    const en = capturing();
    await gql({ fetch: en.fetch, locals: { lang: 'en' } }, DOC);
    expect(en.sent[0]!.get('accept-language')).toBe('en');

    const vi = capturing();
    await gql({ fetch: vi.fetch, locals: { lang: 'vi' } }, DOC);
    await gql({ fetch: vi.fetch }, DOC);
    expect(vi.sent.map((h) => h.get('accept-language'))).toEqual([null, null]);
    expect(vi.sent[0]!.get('x-tenant')).toBeTruthy();
  });
});
