import { error } from '@sveltejs/kit';
import { IdeaHeaderDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { t } from '$lib/messages';
import type { LayoutServerLoad } from './$types';

/** The header every tab of the idea shows; each tab loads the rest of what it needs. */
export const load: LayoutServerLoad = async (event) => {
  const { idea } = await gql(event, IdeaHeaderDocument, { id: event.params.id });
  if (!idea) error(404, { message: t('idea.notFound') });
  return { header: idea };
};
