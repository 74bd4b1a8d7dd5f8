import { error, json } from '@sveltejs/kit';
import { SaveScoresDocument, type ScoreInput } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/**
 * Autosave of the scoring sheet: the page sends the scores typed so far as JSON (a cross-site page
 * cannot, without a CORS preflight this server never answers); the API keeps them as a draft.
 */
export const POST: RequestHandler = async (event) => {
  if (!event.locals.viewer) error(401, { message: t('server.sessionExpired') });
  if (!event.request.headers.get('content-type')?.includes('application/json'))
    error(415, { message: t('server.badPayload') });
  const body = (await event.request.json().catch(() => null)) as { scores?: unknown } | null;
  const scores: ScoreInput[] = (Array.isArray(body?.scores) ? body.scores : [])
    .filter(
      (s): s is { criterionId: string; value: number; comment?: unknown } =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { criterionId?: unknown }).criterionId === 'string' &&
        typeof (s as { value?: unknown }).value === 'number',
    )
    .map((s) => ({
      criterionId: s.criterionId,
      value: s.value,
      comment: typeof s.comment === 'string' ? s.comment : null,
    }));
  // The API's time (of this request), like every time the admin shows.
  if (!scores.length) return json({ ok: true, savedAt: event.locals.now });
  try {
    await gql(event, SaveScoresDocument, { reviewId: event.params.id, scores });
    return json({ ok: true, savedAt: event.locals.now });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const status = err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'FORBIDDEN' ? 403 : 400;
    return json(
      { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors },
      { status },
    );
  }
};
