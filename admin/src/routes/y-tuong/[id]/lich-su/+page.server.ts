import { IdeaHistoryDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

/** Lịch sử: every event of the idea, newest last. */
export const load: PageServerLoad = async (event) => {
  const { idea } = await gql(event, IdeaHistoryDocument, { id: event.params.id });
  return { history: idea?.history ?? [] };
};
