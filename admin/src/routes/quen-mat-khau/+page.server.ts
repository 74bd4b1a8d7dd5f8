import { fail } from '@sveltejs/kit';
import { RequestPasswordResetDocument } from '$lib/gql/graphql';
import { ApiError, gqlAsBrowser } from '$lib/server/graphql';
import { textOf } from '$lib/server/forms';
import type { Actions } from './$types';

/** A forgotten password: the API answers the same whether or not the email has an account. */
export const actions: Actions = {
  default: async (event) => {
    const email = textOf(await event.request.formData(), 'email');
    try {
      await gqlAsBrowser(event, RequestPasswordResetDocument, { email }, null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
        return fail(400, { email, sent: false, fieldErrors: err.fieldErrors });
      throw err;
    }
    return { email, sent: true, fieldErrors: {} as Record<string, string> };
  },
};
