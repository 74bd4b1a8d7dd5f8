import { error, type RequestEvent } from '@sveltejs/kit';
import { apiHeaders, apiOrigin } from './graphql';
import { t } from '$lib/messages';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition'];

/**
 * Relays a document of the API (a council's minutes, a scoring sheet) to the browser: the API
 * checks the signed-in staff member's rights; the browser never holds the session token.
 */
export async function relayDownload(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  path: string,
  fallback = t('server.file.downloadFailed'),
): Promise<Response> {
  let res: Response;
  try {
    res = await event.fetch(`${apiOrigin()}${path}`, {
      headers: apiHeaders(event.locals.token, event.locals.lang),
    });
  } catch {
    error(503, { message: t('server.file.downloadOffline') });
  }
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    } | null;
    const first = body?.errors?.[0];
    error(res.status === 403 || res.status === 404 ? res.status : 502, {
      message: first?.message ?? fallback,
      code: first?.extensions?.code,
    });
  }
  const headers = new Headers({
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  for (const name of PASSED_HEADERS) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(res.body, { status: 200, headers });
}
