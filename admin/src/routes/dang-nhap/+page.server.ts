import { fail, redirect } from '@sveltejs/kit';
import { LoginDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from '$lib/server/graphql';
import { CHALLENGE_COOKIE, safeNext, setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** Refusals shown on the form; anything else is an error page. */
const SHOWN = [
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
];

export const load: PageServerLoad = ({ locals, url }) => {
  // The home page sends each role to its own starting page.
  if (locals.viewer) redirect(303, safeNext(url.searchParams.get('next')));
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    try {
      const { login } = await gqlAsBrowser(event, LoginDocument, { email, password }, null);
      if (login.challenge) {
        event.cookies.set(CHALLENGE_COOKIE, login.challenge, {
          path: '/dang-nhap',
          httpOnly: true,
          sameSite: 'strict',
          secure: event.url.protocol === 'https:',
          maxAge: 300,
        });
        const next = event.url.searchParams.get('next');
        redirect(303, `/dang-nhap/ma${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      }
      setSessionCookie(event.cookies, event.url, login);
    } catch (err) {
      if (err instanceof ApiError && SHOWN.includes(err.code)) {
        return fail(400, { email, message: err.message, fieldErrors: err.fieldErrors });
      }
      throw err;
    }
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
