import { error } from '@sveltejs/kit';
import { MyDataRequestsDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { TRACK_COOKIE } from '$lib/server/tracking';
import { exportFileName } from '$lib/data-request';
import { translator } from '$lib/i18n';
import type { RequestHandler } from './$types';

/**
 * The JSON file of a finished export (or access) request. The author's tracking token is checked by
 * the API again here: the file is only ever built from what the API returns for that token.
 */
export const GET: RequestHandler = async (event) => {
  const t = translator(event.locals.lang);
  const token = event.cookies.get(TRACK_COOKIE);
  if (!token) error(401, { message: t('track.intro') });
  let tracking;
  try {
    tracking = (await gql(event, MyDataRequestsDocument, { token })).trackIdeaByToken;
  } catch (err) {
    if (err instanceof ApiError && ['UNAUTHENTICATED', 'NOT_FOUND'].includes(err.code))
      error(401, { message: err.message });
    throw err;
  }
  const request = tracking.dataRequests.find(
    (r) => r.id === event.params.id && ['EXPORT', 'ACCESS'].includes(r.kind) && r.status === 'DONE',
  );
  if (!request?.data) error(404, { message: t('data.notReady') });
  return new Response(JSON.stringify(request.data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(tracking.trackingCode, request.receivedAt)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
