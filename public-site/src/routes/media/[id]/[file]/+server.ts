import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
/** What the API says about a media file that is passed on to the visitor (and a CDN). */
const PASSED = [
  'content-type',
  'content-length',
  'cache-control',
  'content-disposition',
  'content-security-policy',
  'x-content-type-options',
  'last-modified',
  'etag',
];

/**
 * Media files of the library (image variants, documents) passed through from the API, so the
 * public site is the only address visitors need and its CSP (`img-src 'self'`) allows the images.
 * The API names each file by a hash of its content and marks it immutable for a year.
 */
export const GET: RequestHandler = async ({ params, fetch, request }) => {
  if (!UUID.test(params.id) || !FILE.test(params.file)) error(404, { message: 'Not found' });
  const upstream = new URL(`/media/${params.id}/${params.file}`, apiUrl());
  const conditional = request.headers.get('if-none-match');
  const res = await fetch(upstream, {
    headers: conditional ? { 'if-none-match': conditional } : {},
  }).catch(() => null);
  if (!res) error(503, { message: 'Media unavailable' });
  if (res.status === 404) error(404, { message: 'Not found' });
  if (!res.ok && res.status !== 304) error(502, { message: 'Media unavailable' });
  const headers = new Headers();
  for (const name of PASSED) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  // fetch undoes a transfer compression: the upstream length would be wrong.
  if (res.headers.has('content-encoding')) headers.delete('content-length');
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers });
};
