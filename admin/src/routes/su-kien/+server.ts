import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { subscriptionStream } from '@khoi-nguon/schema/client/sse';
import { IdeaActivityDocument } from '$lib/gql/graphql';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/**
 * Live activity for the signed-in staff member, as server-sent events. This server holds the
 * subscription with the staff session (the browser never sees the token); the API re-checks every
 * event against the staff member's permissions.
 */
export const GET: RequestHandler = ({ locals, request, url }) => {
  if (!locals.token || !locals.viewer) error(401, { message: t('server.signIn') });
  const ideaId = url.searchParams.get('y-tuong');
  return subscriptionStream({
    apiUrl: env.API_URL || 'http://127.0.0.1:4000/graphql',
    connectionParams: { authorization: `Bearer ${locals.token}`, tenant: env.KN_TENANT || '16228' },
    query: IdeaActivityDocument.toString(),
    variables: { i: ideaId && /^[0-9a-f-]{36}$/i.test(ideaId) ? ideaId : null },
    field: 'ideaActivity',
    eventName: 'activity',
    signal: request.signal,
  });
};
