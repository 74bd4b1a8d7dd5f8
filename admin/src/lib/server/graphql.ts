import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import {
  request,
  uploadFile,
  type TypedDocument,
  type UploadedFile,
} from '@khoi-nguon/schema/client';

export { ApiError } from '@khoi-nguon/schema/client';

export const SESSION_COOKIE = 'kn_admin_session';

/** The API's GraphQL endpoint, called from this server only. */
export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:4000/graphql';
}

/** The API's origin (for /uploads and /files/:id). */
export function apiOrigin(): string {
  return apiUrl().replace(/\/graphql\/?$/, '');
}

/** Headers naming the commune and, when signed in, the staff member's session. */
export function apiHeaders(token: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'x-tenant': env.KN_TENANT || '16228' };
  if (token) headers.authorization = `Bearer ${token}`;
  return headers;
}

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
  return request(
    { fetch: event.fetch, url: apiUrl(), headers: apiHeaders(token) },
    document,
    variables,
  );
}

/** Forwards a file a staff member chose to the API, which checks its type by its content. */
export async function upload(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  file: File,
  kind: 'SUPPORTING' | 'PAPER_FORM' | 'IMPORT_SOURCE' | 'DECISION' | 'EVIDENCE',
): Promise<UploadedFile> {
  return uploadFile(
    { fetch: event.fetch, apiUrl: apiUrl(), headers: apiHeaders(event.locals.token) },
    { name: file.name, data: await file.arrayBuffer() },
    kind,
  );
}
