import {
  FeaturedDocument,
  PostsDocument,
  SetFeaturedDocument,
  SetIdeaSeoDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireContentEditor, requireContentReader } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import { mayEditContent } from '$lib/roles';
import { decodeFeatured } from '$lib/content';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const MAX_FEATURED = 12;

export const load: PageServerLoad = async (event) => {
  requireContentReader(event.locals);
  const [{ featured }, { posts }] = await Promise.all([
    gql(event, FeaturedDocument),
    gql(event, PostsDocument, { status: 'PUBLISHED', first: 50 }),
  ]);
  return {
    featured: [...featured].sort((a, b) => a.position - b.position),
    posts: posts.nodes,
    mayEdit: mayEditContent(event.locals.viewer),
  };
};

export const actions: Actions = {
  /** The whole ordered list at once; the API refuses ideas the rights gate keeps private. */
  save: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const raw = textsOf(data, 'item');
    const refs = raw.map(decodeFeatured);
    if (refs.some((r) => !r))
      return localFailure('featured', {}, { items: raw }, t('server.featured.invalid'));
    if (refs.length > MAX_FEATURED) {
      return localFailure(
        'featured',
        {},
        { items: raw },
        t('server.featured.max', { n: MAX_FEATURED }),
      );
    }
    try {
      await gql(event, SetFeaturedDocument, {
        // The order of the list is the order on the home page.
        items: refs.map((r) => (r!.kind === 'idea' ? { ideaId: r!.id } : { postId: r!.id })),
      });
      return { form: 'featured', message: t('server.featured.saved') };
    } catch (err) {
      return apiFailure(err, 'featured', { items: raw }, event.url.pathname);
    }
  },

  /** Search-engine title, description and share image of a featured idea's public page. */
  seo: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const ideaId = textOf(data, 'ideaId');
    const values = {
      ideaId,
      seoTitle: textOf(data, 'seoTitle'),
      seoDescription: textOf(data, 'seoDescription'),
    };
    const form = `seo-${ideaId}`;
    try {
      await gql(event, SetIdeaSeoDocument, {
        ideaId,
        input: {
          seoTitle: values.seoTitle || null,
          seoDescription: values.seoDescription || null,
          ogImageId: textOf(data, 'ogImageId') || null,
        },
      });
      return { form, message: t('server.featured.seoSaved') };
    } catch (err) {
      return apiFailure(err, form, values, event.url.pathname);
    }
  },
};
