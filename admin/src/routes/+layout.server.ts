import { NavCountsDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { isCouncilMember, isHub, mayEditContent } from '$lib/roles';
import type { NavCounts } from '$lib/nav';
import type { LayoutServerLoad } from './$types';

/**
 * The viewer and what waits for them (the counts of the navigation), in one request that asks
 * each part only of the roles the API lets read it. A failed count never blocks a page.
 */
export const load: LayoutServerLoad = async (event) => {
  const { locals, url } = event;
  const viewer = locals.viewer;
  let counts: NavCounts = {};
  if (viewer) {
    const hub = isHub(viewer);
    try {
      const answer = await gql(event, NavCountsDocument, {
        hub,
        reviewer: hub || isCouncilMember(viewer),
        editor: mayEditContent(viewer),
      });
      counts = {
        overdue: answer.inboxSummary.overdue,
        unassigned: answer.inboxSummary.unassigned,
        reviews: answer.reviews?.filter((r) => r.me && !r.me.submittedAt && !r.me.conflict).length,
        disputes: answer.disputes?.length,
        dataRequests: answer.dataRequests?.length,
        dataRequestsOverdue: answer.dataRequests?.filter((r) => r.overdue).length,
        unitRequests: answer.unitRequests?.length,
        postsToApprove: answer.posts?.totalCount,
      };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
    }
  }
  return {
    viewer,
    path: url.pathname,
    search: url.search,
    counts,
    now: locals.now,
    lang: locals.lang,
  };
};
