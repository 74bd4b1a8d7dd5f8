import { subscriptionStream } from '@khoi-nguon/schema/client/sse';
import { apiUrl, tenantOf } from '$lib/server/graphql';
import { TRACK_COOKIE } from '$lib/server/tracking';
import { TrackingUpdatesDocument } from '$lib/gql/graphql';
import type { RequestHandler } from './$types';

/**
 * Live updates for the tracking page as server-sent events, subscribed with the author's tracking
 * token (kept in an httpOnly cookie). The page reloads its data on each event; without JavaScript
 * it shows a reload link instead.
 */
export const GET: RequestHandler = ({ cookies, request, locals }) => {
  const token = cookies.get(TRACK_COOKIE);
  if (!token) return new Response('Chưa tra cứu ý tưởng nào.', { status: 401 });
  return subscriptionStream({
    apiUrl: apiUrl(),
    connectionParams: { tenant: tenantOf({ locals }) },
    query: TrackingUpdatesDocument.toString(),
    variables: { t: token },
    field: 'ideaTrackingUpdated',
    eventName: 'update',
    signal: request.signal,
  });
};
