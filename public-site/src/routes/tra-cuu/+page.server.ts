import { fail } from '@sveltejs/kit';
import { TrackIdeaDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ code: url.searchParams.get('ma') ?? '' });

// The contact is personal data: it travels in a POST body, never in the address bar.
export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const code = String(data.get('code') ?? '').trim();
    const contact = String(data.get('contact') ?? '').trim();
    try {
      const { trackIdea } = await gql(event, TrackIdeaDocument, { code, contact });
      return { tracking: trackIdea, code, contact };
    } catch (err) {
      if (err instanceof ApiError && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(err.code)) {
        return fail(err.code === 'NOT_FOUND' ? 404 : 400, {
          code,
          contact,
          message: err.message,
          fieldErrors: err.fieldErrors,
        });
      }
      throw err;
    }
  },
};
