import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { subscriptionStream } from '@khoi-nguon/schema/client/sse';
import { ReviewProgressDocument } from '$lib/gql/graphql';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Scoring progress of one review as server-sent events (the reviewProgress subscription, held by
 * this server with the staff session). The API sends them only to the hub and the council.
 */
export const GET: RequestHandler = ({ locals, params, request }) => {
  if (!locals.token || !locals.viewer) error(401, { message: t('server.signIn') });
  if (!UUID.test(params.id)) error(404, { message: t('server.review.notFound') });
  return subscriptionStream({
    apiUrl: env.API_URL || 'http://127.0.0.1:4000/graphql',
    connectionParams: { authorization: `Bearer ${locals.token}`, tenant: env.KN_TENANT || '16228' },
    query: ReviewProgressDocument.toString(),
    variables: { r: params.id },
    field: 'reviewProgress',
    eventName: 'progress',
    signal: request.signal,
  });
};
