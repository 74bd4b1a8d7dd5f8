import { json } from '@sveltejs/kit';
import { AcquireEditLockDocument, ReleaseEditLockDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { mayDraftUnitNews, mayEditContent } from '$lib/roles';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

function refused(err: unknown) {
  if (!(err instanceof ApiError)) throw err;
  const status = err.code === 'CONFLICT' ? 409 : err.code === 'FORBIDDEN' ? 403 : 400;
  return json({ ok: false, code: err.code, message: err.message }, { status });
}

/**
 * The edit lock of an article, for the editor page's script: POST takes or renews it (someone
 * else holding it is answered 409 with their name), DELETE gives it back when leaving.
 */
export const POST: RequestHandler = async (event) => {
  if (!mayEditContent(event.locals.viewer) && !mayDraftUnitNews(event.locals.viewer)) {
    return json(
      { ok: false, code: 'FORBIDDEN', message: t('server.post.readOnly') },
      { status: 403 },
    );
  }
  try {
    const { acquireEditLock } = await gql(event, AcquireEditLockDocument, {
      postId: event.params.id,
    });
    return json({ ok: true, lock: acquireEditLock });
  } catch (err) {
    return refused(err);
  }
};

export const DELETE: RequestHandler = async (event) => {
  try {
    await gql(event, ReleaseEditLockDocument, { postId: event.params.id });
    return json({ ok: true });
  } catch (err) {
    return refused(err);
  }
};
