import { ReviewsDocument, type ReviewStatus } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireReviewer } from '$lib/server/access';
import { isHub } from '$lib/roles';
import type { PageServerLoad } from './$types';

const TABS: Record<string, ReviewStatus | null> = {
  'dang-cham': 'OPEN',
  'da-ket-luan': 'CONCLUDED',
  'tat-ca': null,
};

export const load: PageServerLoad = async (event) => {
  requireReviewer(event.locals);
  const tab = event.url.searchParams.get('trang-thai') ?? 'dang-cham';
  const status = tab in TABS ? TABS[tab]! : 'OPEN';
  const { reviews } = await gql(event, ReviewsDocument, { status });
  return {
    tab: tab in TABS ? tab : 'dang-cham',
    mine: reviews.filter((r) => r.me),
    // The hub follows every council's reviews, including those it does not sit on.
    others: isHub(event.locals.viewer) ? reviews.filter((r) => !r.me) : [],
    hub: isHub(event.locals.viewer),
  };
};
