/**
 * A partner's TypeScript client, as the documentation (/docs) shows it: plain `fetch`, the key
 * in `X-Api-Key`, the commune's honoured ideas page after page, the limits respected; and the
 * check of a webhook's signature. The types
 * follow the committed contract (schema/schema.graphql); the tests run this file against the API.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A webhook's request checked on the partner's side: the signature is HMAC-SHA256 of
 * `<timestamp>.<body>` with the webhook's secret; requests older than 5 minutes are refused.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  nowSeconds = Date.now() / 1000,
): boolean {
  const timestamp = String(headers['x-khoinguon-timestamp'] ?? '');
  if (!timestamp || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  const given = String(headers['x-khoinguon-signature'] ?? '');
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

export interface HonouredIdea {
  id: string;
  title: string;
  honouredAt: string;
  fields: { name: string }[];
  authors: { displayName: string }[];
}

interface Page {
  nodes: HonouredIdea[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const QUERY = `query Honoured($after: String) {
  ideas(first: 50, after: $after, where: { honoured: true }, orderBy: { field: HONOURED_AT, direction: DESC }) {
    nodes { id title honouredAt fields { name } authors { displayName } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export class KhoiNguonClient {
  constructor(
    private readonly apiUrl: string,
    private readonly apiKey: string,
  ) {}

  /** One GraphQL request; waits and retries once when the key's limit says so (429). */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(this.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
        body: JSON.stringify({ query, variables }),
      });
      if (res.status === 429 && attempt === 0) {
        const seconds = Number(res.headers.get('retry-after') ?? '1');
        await new Promise((r) => setTimeout(r, seconds * 1000));
        continue;
      }
      const body = (await res.json()) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (body.errors?.length) {
        const e = body.errors[0]!;
        throw new Error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
      }
      return body.data as T;
    }
  }

  /** Every honoured idea of the key's commune, newest first, following the cursors. */
  async honouredIdeas(): Promise<HonouredIdea[]> {
    const all: HonouredIdea[] = [];
    let after: string | null = null;
    do {
      const { ideas }: { ideas: Page } = await this.request<{ ideas: Page }>(QUERY, { after });
      all.push(...ideas.nodes);
      after = ideas.pageInfo.hasNextPage ? ideas.pageInfo.endCursor : null;
    } while (after);
    return all;
  }
}
