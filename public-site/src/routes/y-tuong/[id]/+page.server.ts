import { error } from '@sveltejs/kit';
import { PublicIdeaDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { translator } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { idea } = await gql(event, PublicIdeaDocument, { id: event.params.id });
  if (!idea) error(404, { message: translator(event.locals.lang)('idea.notFound') });
  return { idea };
};
