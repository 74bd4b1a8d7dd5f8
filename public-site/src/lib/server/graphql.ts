import { error, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import {
  request,
  uploadFile,
  type TypedDocument,
  type UploadedFile,
} from '@khoi-nguon/schema/client';

import { communeUnavailable } from './tenant';

export { ApiError } from '@khoi-nguon/schema/client';

export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:4000/graphql';
}

/** The request event, or as much of it as a call needs: its fetch, and the page's language. */
export type ApiEvent = Pick<RequestEvent, 'fetch'> & {
  locals?: Partial<Pick<App.Locals, 'lang' | 'tenant'>>;
  getClientAddress?: RequestEvent['getClientAddress'];
};

/** The commune of a request (chosen in hooks.server.ts), else KN_TENANT. */
export function tenantOf(event: { locals?: Partial<Pick<App.Locals, 'tenant'>> }): string {
  return event.locals?.tenant || env.KN_TENANT || '16228';
}

/**
 * The commune (host map, visitor's choice or KN_TENANT) and, on an English page (`?lang=en`), `Accept-Language: en` so the API
 * answers its errors (message and field errors) in English.
 */
function apiHeaders(event: ApiEvent): Record<string, string> {
  const headers: Record<string, string> = { 'x-tenant': tenantOf(event) };
  if (event.locals?.lang === 'en') headers['accept-language'] = 'en';
  // The visitor's address, so the API limits submissions and tracking lookups per visitor and
  // not per site (the API trusts it from the addresses KN_TRUST_PROXY names).
  try {
    const address = event.getClientAddress?.();
    if (address) headers['x-forwarded-for'] = address;
  } catch {
    // No client (prerendering): nothing to forward.
  }
  return headers;
}

/**
 * Runs a typed operation against the API from this server (the browser never talks to the API
 * directly), in the page's language. A commune the API does not serve answers 404, a suspended
 * one 503, each with its own page (+error.svelte), instead of an error of the site.
 */
export async function gql<R, V>(
  event: ApiEvent,
  document: TypedDocument<R, V>,
  variables?: V,
): Promise<R> {
  try {
    return await request(
      { fetch: event.fetch, url: apiUrl(), headers: apiHeaders(event) },
      document,
      variables,
    );
  } catch (err) {
    const unavailable = communeUnavailable(err);
    if (unavailable)
      error(unavailable.status, { message: unavailable.message, code: unavailable.code });
    throw err;
  }
}

/** Forwards a file a visitor attached to the API, which checks its type by content. */
export async function upload(event: ApiEvent, file: File): Promise<UploadedFile> {
  return uploadFile(
    { fetch: event.fetch, apiUrl: apiUrl(), headers: apiHeaders(event) },
    { name: file.name, data: await file.arrayBuffer() },
  );
}
