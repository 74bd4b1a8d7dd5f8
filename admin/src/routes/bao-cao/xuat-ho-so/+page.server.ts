import { ExportCandidatesDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import type { PageServerLoad } from './$types';

/** Ideas the hub may send to higher programmes (?tim= searches), to pick for an export. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const search = (event.url.searchParams.get('tim') ?? '').trim().slice(0, 200);
  const { ideas } = await gql(event, ExportCandidatesDocument, {
    where: {
      status: ['RECOMMENDED', 'IN_SUPPORT', 'PILOTING', 'APPLIED', 'SCALED', 'ARCHIVED'],
      search: search || null,
    },
  });
  return {
    search,
    ideas: ideas.nodes,
    total: ideas.totalCount,
    error: event.url.searchParams.get('loi'),
  };
};
