import { fail, redirect } from '@sveltejs/kit';
import { CompleteLoginDocument, LoginDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from '$lib/server/graphql';
import { safeNext, setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** The second step's challenge, kept in this server's httpOnly cookie for its 5 minutes. */
const CHALLENGE_COOKIE = 'kn_login_challenge';

/** Refusals shown on the form; anything else is an error page. */
const SHOWN = [
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'TOKEN_EXPIRED',
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
        return { step: 'code' as const, email };
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

  /** Step two: a code of the authenticator app, or a recovery code. */
  code: async (event) => {
    const data = await event.request.formData();
    const code = String(data.get('code') ?? '').trim();
    const challenge = event.cookies.get(CHALLENGE_COOKIE) ?? '';
    if (!code)
      return fail(400, {
        step: 'code' as const,
        message: null,
        fieldErrors: { code: 'Vui lòng nhập mã xác thực.' } as Record<string, string>,
      });
    try {
      const { completeLogin } = await gqlAsBrowser(
        event,
        CompleteLoginDocument,
        { challenge, code },
        null,
      );
      event.cookies.delete(CHALLENGE_COOKIE, { path: '/dang-nhap' });
      setSessionCookie(event.cookies, event.url, completeLogin);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED')
        return fail(400, {
          step: 'code' as const,
          message: null,
          fieldErrors: { code: err.message } as Record<string, string>,
        });
      if (err instanceof ApiError && SHOWN.includes(err.code)) {
        event.cookies.delete(CHALLENGE_COOKIE, { path: '/dang-nhap' });
        return fail(400, { message: err.message, fieldErrors: {} as Record<string, string> });
      }
      throw err;
    }
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
