import { DisputesDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { resolveDisputeAction } from '$lib/server/disputes';
import type { Actions, PageServerLoad } from './$types';

/** Which disputes the list shows: open ones first of all. */
const DISPUTE_FILTERS = ['OPEN', 'RESOLVED', 'ALL'] as const;
type DisputeFilter = (typeof DISPUTE_FILTERS)[number];

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const asked = event.url.searchParams.get('trang-thai') ?? 'OPEN';
  const filter: DisputeFilter = (DISPUTE_FILTERS as readonly string[]).includes(asked)
    ? (asked as DisputeFilter)
    : 'OPEN';
  // All of them: whether a dispute is the last open one of its idea depends on the others.
  const { disputes } = await gql(event, DisputesDocument, {});
  const shown = disputes.filter((d) =>
    filter === 'ALL' ? true : filter === 'OPEN' ? d.status === 'OPEN' : d.status !== 'OPEN',
  );
  return {
    filter,
    disputes: shown,
    all: disputes.map((d) => ({ id: d.id, ideaId: d.ideaId, status: d.status })),
    openCount: disputes.filter((d) => d.status === 'OPEN').length,
  };
};

export const actions: Actions = {
  resolveDispute: async (event) => {
    requireHub(event.locals);
    return resolveDisputeAction(event);
  },
};
