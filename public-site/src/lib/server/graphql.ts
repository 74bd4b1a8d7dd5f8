import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { request, type TypedDocument } from '@khoi-nguon/schema/client';

export { ApiError } from '@khoi-nguon/schema/client';

/**
 * Runs a typed operation against the API from this server (the browser never talks to the API
 * directly). The commune is chosen by KN_TENANT.
 */
export function gql<R, V>(
  event: Pick<RequestEvent, 'fetch'>,
  document: TypedDocument<R, V>,
  variables?: V,
): Promise<R> {
  return request(
    {
      fetch: event.fetch,
      url: env.API_URL || 'http://127.0.0.1:4000/graphql',
      headers: { 'x-tenant': env.KN_TENANT || '16228' },
    },
    document,
    variables,
  );
}
