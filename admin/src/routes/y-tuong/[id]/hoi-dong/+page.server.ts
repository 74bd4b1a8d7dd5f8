import { IdeaReviewsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

/** Hội đồng: the council reviews of the idea (scored on /danh-gia/[id]). */
export const load: PageServerLoad = async (event) => {
  const { idea } = await gql(event, IdeaReviewsDocument, { id: event.params.id });
  return { reviews: idea?.reviews ?? [] };
};
