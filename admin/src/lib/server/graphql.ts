import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { request, type TypedDocument } from '@khoi-nguon/schema/client';

export { ApiError } from '@khoi-nguon/schema/client';

export const SESSION_COOKIE = 'kn_admin_session';

/**
 * Runs a typed operation against the API as the signed-in staff member. The session token lives
 * only in the httpOnly cookie and this server; the browser never sees it or the API.
 */
export function gql<R, V>(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  document: TypedDocument<R, V>,
  variables?: V,
  token: string | null = event.locals.token,
): Promise<R> {
  const headers: Record<string, string> = { 'x-tenant': env.KN_TENANT || '16228' };
  if (token) headers.authorization = `Bearer ${token}`;
  return request(
    { fetch: event.fetch, url: env.API_URL || 'http://127.0.0.1:4000/graphql', headers },
    document,
    variables,
  );
}
