import { error } from '@sveltejs/kit';
import { apiHeaders, apiOrigin } from '$lib/server/graphql';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition'];

/**
 * Downloads an attachment through this server: the API checks that the signed-in staff member
 * works on the idea (and logs the access); the browser never holds the session token.
 */
export const GET: RequestHandler = async (event) => {
  const { id } = event.params;
  if (!UUID.test(id)) error(404, { message: t('server.file.notFound') });
  let res: Response;
  try {
    res = await event.fetch(`${apiOrigin()}/files/${id}`, {
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
      message: first?.message ?? t('server.file.downloadFailed'),
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
};
