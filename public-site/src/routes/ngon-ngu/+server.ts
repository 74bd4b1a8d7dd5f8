import { pickLang } from '$lib/i18n';
import { localize, safeNext } from '$lib/i18n/links';
import type { RequestHandler } from './$types';

/**
 * The language switch: remembers the choice for a year (so a link opened later comes back in the
 * same language) and returns to the page the visitor was on, in that language. A plain link, so it
 * works without JavaScript.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
  const lang = pickLang(url.searchParams.get('lang')) ?? 'vi';
  cookies.set('lang', lang, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 31_536_000,
    secure: url.protocol === 'https:',
  });
  return new Response(null, {
    status: 303,
    headers: { location: localize(safeNext(url.searchParams.get('next')), lang) },
  });
};
