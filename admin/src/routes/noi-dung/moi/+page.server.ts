import { redirect } from '@sveltejs/kit';
import { CreatePostDocument, type ContentKind } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requirePostDrafter } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { CONTENT_KINDS } from '$lib/i18n';
import { EMPTY_DOC } from '$lib/rich-text';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

export const load: PageServerLoad = (event) => {
  requirePostDrafter(event.locals);
  const kind = event.url.searchParams.get('loai');
  return { kind: CONTENT_KINDS.includes(kind as ContentKind) ? (kind as ContentKind) : 'NEWS' };
};

/** A new draft with its title; writing continues in the editor. */
export const actions: Actions = {
  default: async (event) => {
    requirePostDrafter(event.locals);
    const data = await event.request.formData();
    const values = { kind: textOf(data, 'kind'), title: textOf(data, 'title') };
    const errors: Record<string, string> = {};
    if (!CONTENT_KINDS.includes(values.kind as ContentKind)) errors.kind = t('server.post.kind');
    if (!values.title) errors.title = t('server.post.title');
    if (Object.keys(errors).length) return localFailure('create', errors, values);
    let id: string;
    try {
      ({
        createPost: { id },
      } = await gql(event, CreatePostDocument, {
        input: { kind: values.kind as ContentKind, title: values.title, body: EMPTY_DOC },
      }));
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
    redirect(303, `/noi-dung/${id}`);
  },
};
