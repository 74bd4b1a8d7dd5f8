import { error, fail } from '@sveltejs/kit';
import { PublicIdeaDocument, RaiseDisputeDocument } from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { gqlContent } from '$lib/server/content';
import { translator } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const { idea } = await gqlContent(event, PublicIdeaDocument, { id: event.params.id });
  // A dispute filed from this page hides the idea at once; the page then shows the confirmation.
  if (!idea && event.request.method === 'POST') return { idea: null };
  if (!idea) error(404, { message: translator(event.locals.lang)('idea.notFound') });
  return { idea };
};

export const actions: Actions = {
  dispute: async (event) => {
    const data = await event.request.formData();
    const text = (n: string) => String(data.get(n) ?? '');
    const values = {
      claimantName: text('claimantName'),
      claimantContact: text('claimantContact'),
      statement: text('statement'),
    };
    const evidenceIds: string[] = [];
    for (const file of data.getAll('files')) {
      if (!(file instanceof File) || file.size === 0) continue;
      try {
        evidenceIds.push((await upload(event, file)).id);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        return fail(400, {
          values,
          message: err.message,
          fieldErrors: { evidenceIds: err.message },
        });
      }
    }
    try {
      const { raiseDispute } = await gql(event, RaiseDisputeDocument, {
        input: { ideaId: event.params.id, ...values, evidenceIds },
      });
      return { disputed: raiseDispute };
    } catch (err) {
      if (err instanceof ApiError && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(err.code)) {
        return fail(err.code === 'NOT_FOUND' ? 404 : 400, {
          values,
          message: err.message,
          fieldErrors: err.fieldErrors,
        });
      }
      throw err;
    }
  },
};
