import { CouncilsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const { councils } = await gql(event, CouncilsDocument);
  return { councils };
};
