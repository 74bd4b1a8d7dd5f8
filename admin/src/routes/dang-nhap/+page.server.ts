import { fail, redirect } from '@sveltejs/kit';
import { LoginDocument } from '$lib/gql/graphql';
import { ApiError, gql, SESSION_COOKIE } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

function safeNext(next: string | null): string {
  // Only paths on this site: never an open redirect to another origin. The home page sends each
  // role to its own starting page.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.viewer) redirect(303, safeNext(url.searchParams.get('next')));
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    try {
      const { login } = await gql(event, LoginDocument, { email, password }, null);
      event.cookies.set(SESSION_COOKIE, login.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: event.url.protocol === 'https:',
        expires: new Date(login.expiresAt),
      });
    } catch (err) {
      if (
        err instanceof ApiError &&
        ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'RATE_LIMITED'].includes(err.code)
      ) {
        return fail(400, { email, message: err.message, fieldErrors: err.fieldErrors });
      }
      throw err;
    }
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
