import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import {
  request,
  uploadFile,
  type TypedDocument,
  type UploadedFile,
} from '@khoi-nguon/schema/client';

export { ApiError } from '@khoi-nguon/schema/client';

export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:4000/graphql';
}

function tenantHeaders(): Record<string, string> {
  return { 'x-tenant': env.KN_TENANT || '16228' };
}

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
    { fetch: event.fetch, url: apiUrl(), headers: tenantHeaders() },
    document,
    variables,
  );
}

/** Forwards a file a visitor attached to the API, which checks its type by content. */
export async function upload(
  event: Pick<RequestEvent, 'fetch'>,
  file: File,
): Promise<UploadedFile> {
  return uploadFile(
    { fetch: event.fetch, apiUrl: apiUrl(), headers: tenantHeaders() },
    { name: file.name, data: await file.arrayBuffer() },
  );
}
