import { HonourIdeaDocument, IdeaHonourDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { apiFailure, textOf } from '$lib/server/forms';
import { isHub } from '$lib/roles';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** Khen thưởng: honouring on the public site and the awards decided for the idea. */
export const load: PageServerLoad = async (event) => {
  const { idea } = await gql(event, IdeaHonourDocument, { id: event.params.id });
  return { idea: idea!, mayHonour: isHub(event.locals.viewer) };
};

export const actions: Actions = {
  /** Honouring on the public site (needs the idea to be published), with a citation. */
  honour: async (event) => {
    const data = await event.request.formData();
    const honoured = textOf(data, 'honoured') === 'true';
    const citation = textOf(data, 'citation');
    try {
      await gql(event, HonourIdeaDocument, {
        ideaId: event.params.id,
        honoured,
        citation: honoured ? citation : null,
      });
      return {
        form: 'honour',
        message: honoured ? t('honour.done') : t('honour.undone'),
      };
    } catch (err) {
      return apiFailure(err, 'honour', { citation }, event.url.pathname);
    }
  },
};
