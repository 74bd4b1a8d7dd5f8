import { fail } from '@sveltejs/kit';
import { ResetPasswordDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from '$lib/server/graphql';
import type { Actions } from './$types';

const SHOWN = ['BAD_USER_INPUT', 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID'];

/** A new password from the emailed reset link (single use, one hour); every session ends. */
export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const newPassword = String(data.get('password') ?? '');
    if (newPassword !== String(data.get('confirm') ?? ''))
      return fail(400, {
        done: false,
        message: null,
        fieldErrors: { confirm: 'Hai lần nhập mật khẩu không khớp.' } as Record<string, string>,
      });
    try {
      await gqlAsBrowser(
        event,
        ResetPasswordDocument,
        { token: event.params.token, newPassword },
        null,
      );
    } catch (err) {
      if (err instanceof ApiError && SHOWN.includes(err.code))
        return fail(400, {
          done: false,
          message: err.code === 'BAD_USER_INPUT' ? null : err.message,
          fieldErrors: { password: err.fieldErrors.newPassword ?? '' } as Record<string, string>,
        });
      throw err;
    }
    return { done: true, message: null, fieldErrors: {} as Record<string, string> };
  },
};
