import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AcceptInvitationDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from './graphql';
import { setSessionCookie } from './session-cookie';
import { textOf } from './forms';

/** Shown on the form: invalid input and the invitation's own refusals (expired, used, revoked…). */
const SHOWN = [
  'BAD_USER_INPUT',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'TOKEN_REVOKED',
  'TOKEN_INVALID',
  'TOO_MANY_ATTEMPTS',
];

/**
 * Accepts an invitation (its emailed token, or the printed code with an email): sets the
 * password, signs in and goes to the home page.
 */
export async function acceptInvitation(
  event: RequestEvent,
  by: { token: string } | { code: true },
) {
  const data = await event.request.formData();
  const email = textOf(data, 'email');
  const password = String(data.get('password') ?? '');
  const confirm = String(data.get('confirm') ?? '');
  const code = 'code' in by ? textOf(data, 'code') : null;
  if (password !== confirm)
    return fail(400, {
      email,
      code,
      message: null,
      errorCode: 'BAD_USER_INPUT',
      fieldErrors: { confirm: 'Hai lần nhập mật khẩu không khớp.' } as Record<string, string>,
    });
  try {
    const { acceptInvitation } = await gqlAsBrowser(
      event,
      AcceptInvitationDocument,
      {
        input: {
          token: 'token' in by ? by.token : null,
          code,
          email: email || null,
          password,
        },
      },
      null,
    );
    setSessionCookie(event.cookies, event.url, acceptInvitation);
  } catch (err) {
    if (err instanceof ApiError && SHOWN.includes(err.code))
      return fail(400, {
        email,
        code,
        message: err.code === 'BAD_USER_INPUT' ? null : err.message,
        errorCode: err.code,
        fieldErrors: err.fieldErrors,
      });
    throw err;
  }
  redirect(303, '/');
}
