import { IdeaDossierDocument, SetIdeaPublishedDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { apiFailure } from '$lib/server/forms';
import { isHub } from '$lib/roles';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** Hồ sơ: the facts, the content, the files and the versions of the idea. */
export const load: PageServerLoad = async (event) => {
  const { header } = await event.parent();
  // Staff working on the idea see the authors on Tác giả & quyền; others (a council member) here.
  const { idea } = await gql(event, IdeaDossierDocument, {
    id: event.params.id,
    withAuthors: !header.viewerWorksOnIt,
  });
  return { idea: idea!, mayPublish: isHub(event.locals.viewer) };
};

export const actions: Actions = {
  publish: async (event) => {
    const published = (await event.request.formData()).get('published') === 'true';
    try {
      await gql(event, SetIdeaPublishedDocument, { id: event.params.id, published });
      return {
        form: 'publish',
        message: published ? t('dossier.publishDone') : t('dossier.unpublishDone'),
      };
    } catch (err) {
      return apiFailure(err, 'publish');
    }
  },
};
