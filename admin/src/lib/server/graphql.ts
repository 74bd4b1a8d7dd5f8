import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import {
  ApiError,
  request,
  uploadFile,
  type UploadKind,
  type TypedDocument,
  type UploadedFile,
} from '@khoi-nguon/schema/client';
import type { Lang } from '$lib/messages';
import { t } from '$lib/messages';

export { ApiError };

export const SESSION_COOKIE = 'kn_admin_session';

/** The API's GraphQL endpoint, called from this server only. */
export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:4000/graphql';
}

/**
 * The API's GraphQL address as partners reach it, for the example shown with a new API key:
 * `KN_API_PUBLIC_URL` (the API's public address, with or without `/graphql`) when the API is
 * published behind a proxy, else `API_URL`.
 */
export function partnerApiUrl(): string {
  const base = (env.KN_API_PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (!base) return apiUrl();
  return base.endsWith('/graphql') ? base : `${base}/graphql`;
}

/** The partners' documentation served by the API, e.g. `…/docs#webhooks` with an anchor. */
export function partnerDocsUrl(anchor = ''): string {
  return `${partnerApiUrl().replace(/\/graphql\/?$/, '')}/docs${anchor ? `#${anchor}` : ''}`;
}

/** The API's origin (for /uploads and /files/:id). */
export function apiOrigin(): string {
  return apiUrl().replace(/\/graphql\/?$/, '');
}

/**
 * Headers naming the commune, the staff member's language (the API answers its messages in it)
 * and, when signed in, their session.
 */
export function apiHeaders(token: string | null, lang: Lang = 'vi'): Record<string, string> {
  const headers: Record<string, string> = {
    'x-tenant': env.KN_TENANT || '16228',
    'accept-language': lang,
  };
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
    { fetch: event.fetch, url: apiUrl(), headers: apiHeaders(token, event.locals.lang) },
    document,
    variables,
  );
}

/**
 * Like `gql`, for sign-in operations: passes on the browser's address and user agent, so the API
 * counts failed logins per address (not per admin server) and lists sessions by device.
 */
export function gqlAsBrowser<R, V>(
  event: Pick<RequestEvent, 'fetch' | 'locals' | 'request' | 'getClientAddress'>,
  document: TypedDocument<R, V>,
  variables?: V,
  token: string | null = event.locals.token,
): Promise<R> {
  const headers = apiHeaders(token);
  try {
    headers['x-forwarded-for'] = event.getClientAddress();
  } catch {
    // No address known (e.g. behind an adapter that cannot tell): the API sees this server's.
  }
  const agent = event.request.headers.get('user-agent');
  if (agent) headers['user-agent'] = agent.slice(0, 300);
  return request({ fetch: event.fetch, url: apiUrl(), headers }, document, variables);
}

/** Forwards a file a staff member chose to the API, which checks its type by its content. */
export async function upload(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  file: File,
  kind: UploadKind,
): Promise<UploadedFile> {
  return uploadFile(
    {
      fetch: event.fetch,
      apiUrl: apiUrl(),
      headers: apiHeaders(event.locals.token, event.locals.lang),
    },
    { name: file.name, data: await file.arrayBuffer() },
    kind,
  );
}

/** A media asset as the API's upload endpoint answers (the fields the admin uses). */
export interface UploadedMedia {
  id: string;
  kind: 'IMAGE' | 'DOCUMENT';
  filename: string;
}

/**
 * Forwards a file to the media library (multipart POST /media on the API, which sniffs the type,
 * makes the image sizes and answers with the asset). Description and caption go along.
 */
export async function uploadMedia(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  file: File,
  fields: { alt?: string; caption?: string } = {},
): Promise<UploadedMedia> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) body.set(k, v);
  body.set('file', file, file.name);
  let res: Response;
  try {
    res = await event.fetch(`${apiOrigin()}/media`, {
      method: 'POST',
      headers: apiHeaders(event.locals.token, event.locals.lang),
      body,
    });
  } catch {
    throw new ApiError(t('server.file.uploadOffline'), 'UNAVAILABLE', {}, 503);
  }
  const answer = (await res.json().catch(() => null)) as
    | (UploadedMedia & { errors?: undefined })
    | {
        errors: {
          message: string;
          extensions?: { code?: string; fieldErrors?: Record<string, string> };
        }[];
      }
    | null;
  if (!res.ok || !answer || answer.errors) {
    const e = answer?.errors?.[0];
    throw new ApiError(
      e?.extensions?.fieldErrors?.file ?? e?.message ?? t('server.file.uploadFailed'),
      e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      e?.extensions?.fieldErrors ?? {},
      res.status,
    );
  }
  return answer;
}
