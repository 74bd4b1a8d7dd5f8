import { UnitRequestsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementReader } from '$lib/server/access';
import { oneOf } from '$lib/server/forms';
import { UNIT_REQUEST_STATUSES } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** Units' difficulties and requests: the hub sees every unit's, a unit head their own. */
export const load: PageServerLoad = async (event) => {
  requireMovementReader(event.locals);
  const status = oneOf(event.url.searchParams.get('trang-thai'), UNIT_REQUEST_STATUSES);
  const { unitRequests } = await gql(event, UnitRequestsDocument, { status });
  return { status, requests: unitRequests };
};
