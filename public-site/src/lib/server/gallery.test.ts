import { describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { loadGallery } from './gallery';

vi.mock('$env/dynamic/private', () => ({ env: {} }));

const failed = (code: string) =>
  new Response(JSON.stringify({ errors: [{ message: 'Lỗi', extensions: { code } }] }), {
    status: 500,
    headers: { 'content-type': 'application/json' },
  });

describe('the galleries’ data', () => {
  it('fails as one when the API fails, leaving no request to fail unobserved', async () => {
    const unobserved: unknown[] = [];
    const listen = (reason: unknown) => unobserved.push(reason);
    process.on('unhandledRejection', listen);
    try {
      // The list fails at once; the filters fail a moment later, after the page has given up.
      const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
        const { query } = JSON.parse(String(init?.body)) as { query: string };
        if (query.includes('PublicIdeas')) return failed('INTERNAL_SERVER_ERROR');
        await new Promise((r) => setTimeout(r, 20));
        return failed('SERVICE_UNAVAILABLE');
      }) as typeof globalThis.fetch;
      const event = {
        fetch,
        url: new URL('http://localhost/y-tuong'),
        locals: {},
      } as unknown as RequestEvent;
      await expect(loadGallery(event, false)).rejects.toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
      });
      await new Promise((r) => setTimeout(r, 60));
      expect(unobserved).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });
});
