import type { Handle } from '@sveltejs/kit';
import { pickLang } from '$lib/i18n';

/** Vietnamese unless the visitor chose English (`?lang=en`, remembered in a cookie). */
export const handle: Handle = async ({ event, resolve }) => {
  const fromQuery = pickLang(event.url.searchParams.get('lang'));
  if (fromQuery) {
    event.cookies.set('lang', fromQuery, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 31_536_000,
      secure: event.url.protocol === 'https:',
    });
  }
  event.locals.lang = fromQuery ?? pickLang(event.cookies.get('lang')) ?? 'vi';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang),
  });
};
