import { error, fail } from '@sveltejs/kit';
import { SetIdeaPublishedDocument, StaffIdeaDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { idea } = await gql(event, StaffIdeaDocument, { id: event.params.id });
  if (!idea) error(404, { message: 'Không tìm thấy ý tưởng hoặc ý tưởng ngoài phạm vi của bạn.' });
  return {
    idea,
    mayPublish: event.locals.viewer?.roles.some((r) => r === 'HUB' || r === 'ADMIN') ?? false,
  };
};

export const actions: Actions = {
  publish: async (event) => {
    const published = (await event.request.formData()).get('published') === 'true';
    try {
      await gql(event, SetIdeaPublishedDocument, { id: event.params.id, published });
      return { message: published ? 'Đã công khai ý tưởng.' : 'Đã thôi công khai ý tưởng.' };
    } catch (err) {
      if (err instanceof ApiError) return fail(400, { error: err.message });
      throw err;
    }
  },
};
