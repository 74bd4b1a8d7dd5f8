import { error } from '@sveltejs/kit';
import { apiOrigin } from '$lib/server/graphql';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE = /^[\w.-]{1,200}$/;
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'cache-control',
  'etag',
  'last-modified',
  'content-disposition',
  'x-content-type-options',
];

/**
 * Media of the library shown inside the admin: served from this origin so the admin's
 * Content-Security-Policy can keep `img-src 'self'` whatever address the API or its CDN has.
 * The files are public and immutable (their names carry a hash), so this is a plain pass-through.
 */
export const GET: RequestHandler = async ({ params, fetch }) => {
  if (!UUID.test(params.id) || !FILE.test(params.file))
    error(404, { message: t('server.file.notFound') });
  let res: Response;
  try {
    res = await fetch(`${apiOrigin()}/media/${params.id}/${params.file}`);
  } catch {
    error(503, { message: t('server.file.downloadOffline') });
  }
  if (!res.ok || !res.body) {
    error(res.status === 404 ? 404 : 502, { message: t('server.file.downloadFailed') });
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(res.body, { status: 200, headers });
};
