import { error } from '@sveltejs/kit';
import { DataRequestResultDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { exportFileName } from '$lib/data-requests';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/**
 * The personal data of a completed access or export request, as the JSON file handed to someone
 * who came in person (the same data they can download from the tracking page). The API checks
 * that the staff member is the hub and records the read.
 */
export const GET: RequestHandler = async (event) => {
  requireHub(event.locals);
  let request;
  try {
    ({ dataRequest: request } = await gql(event, DataRequestResultDocument, {
      id: event.params.id,
    }));
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    error(err.code === 'FORBIDDEN' ? 403 : 502, { message: err.message, code: err.code });
  }
  if (!request?.result) {
    error(404, {
      message: t('server.dataRequest.noFile'),
    });
  }
  const name = exportFileName(request.trackingCode, request.handledAt, new Date(event.locals.now));
  return new Response(JSON.stringify(request.result, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
