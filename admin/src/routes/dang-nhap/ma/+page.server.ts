import { fail, redirect } from '@sveltejs/kit';
import { CompleteLoginDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from '$lib/server/graphql';
import { CHALLENGE_COOKIE, safeNext, setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies, url }) => {
  // Without a challenge there is no second step: start again.
  if (!cookies.get(CHALLENGE_COOKIE)) redirect(303, `/dang-nhap${url.search}`);
  return {};
};

/** Step two of signing in: a code of the authenticator app, or a recovery code. */
export const actions: Actions = {
  default: async (event) => {
    const code = String((await event.request.formData()).get('code') ?? '').trim();
    const challenge = event.cookies.get(CHALLENGE_COOKIE) ?? '';
    if (!code) return fail(400, { message: null, code: 'Vui lòng nhập mã xác thực.' });
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
        return fail(400, { message: null, code: err.message });
      if (err instanceof ApiError && ['TOKEN_EXPIRED', 'BAD_USER_INPUT'].includes(err.code)) {
        event.cookies.delete(CHALLENGE_COOKIE, { path: '/dang-nhap' });
        return fail(400, { message: err.message, code: null });
      }
      throw err;
    }
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
