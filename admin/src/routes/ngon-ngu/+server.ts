import { redirect } from '@sveltejs/kit';
import { backTo, chosenLanguage, LANG_COOKIE } from '$lib/language';
import type { RequestHandler } from './$types';

/**
 * The language switch in the header (a plain form, works without JavaScript): remembers the
 * choice for a year and goes back to the page it was made on, now in that language.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData().catch(() => null);
  if (!form) redirect(303, '/');
  const lang = chosenLanguage(form.get('lang'));
  if (lang) {
    cookies.set(LANG_COOKIE, lang, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 365 * 24 * 3600,
    });
  }
  redirect(303, backTo(form.get('next')));
};
