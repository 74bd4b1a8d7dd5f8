import { error } from '@sveltejs/kit';
import {
  CastVoteDocument,
  ConcludeReviewDocument,
  DeclareConflictDocument,
  ReviewDocument,
  ReviewsDocument,
  SaveScoresDocument,
  SubmitScoresDocument,
  type ReviewConclusion,
  type ScoreInput,
  type VoteChoice,
} from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { requireReviewer } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { REVIEW_CONCLUSION, REVIEW_CONCLUSIONS, VOTE_CHOICE, VOTE_CHOICES } from '$lib/i18n';
import { myReviewState, neighbours, readScore } from '$lib/review';
import { isHub } from '$lib/roles';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { t } from '$lib/messages';

export const load: PageServerLoad = async (event) => {
  requireReviewer(event.locals);
  let review;
  try {
    ({ review } = await gql(event, ReviewDocument, { id: event.params.id }));
  } catch (err) {
    if (err instanceof ApiError && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND'))
      error(err.code === 'FORBIDDEN' ? 403 : 404, { message: err.message, code: err.code });
    throw err;
  }
  if (!review) error(404, { message: t('server.review.notFound') });
  // "Ý tưởng trước/sau": the open reviews where the member still has something to do, or did.
  const { reviews } = await gql(event, ReviewsDocument, { status: 'OPEN' });
  const queue = reviews
    .filter((r) => r.me && myReviewState(r.me) !== 'RECUSED')
    .map((r) => ({ id: r.id, title: r.idea.title }));
  return {
    review,
    hub: isHub(event.locals.viewer),
    queue: neighbours(queue, review.id),
  };
};

/** The scores of the sheet form: `score.<criterionId>` and `comment.<criterionId>`. */
function scoresOf(data: FormData): { scores: ScoreInput[]; errors: Record<string, string> } {
  const scores: ScoreInput[] = [];
  const errors: Record<string, string> = {};
  for (const key of data.keys()) {
    const m = /^score\.(.+)$/.exec(key);
    if (!m) continue;
    const criterionId = m[1]!;
    const max = Number(textOf(data, `max.${criterionId}`)) || 100;
    const read = readScore(textOf(data, key), max);
    if (!read.ok) errors[`score.${criterionId}`] = read.error;
    else if (read.value !== null)
      scores.push({
        criterionId,
        value: read.value,
        comment: textOf(data, `comment.${criterionId}`) || null,
      });
  }
  return { scores, errors };
}

/** The typed sheet, to put back after a refusal. */
function sheetValues(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries())
    if (typeof v === 'string' && /^(score|comment)\./.test(k)) out[k] = v;
  return out;
}

/** Maps the API's `scores.<i>.value` errors back to the criterion's input. */
function sheetErrors(err: unknown, scores: ScoreInput[]): unknown {
  if (!(err instanceof ApiError)) return err;
  for (const [k, msg] of Object.entries(err.fieldErrors)) {
    const m = /^scores\.(\d+)\.(value|comment)$/.exec(k);
    const s = m ? scores[Number(m[1])] : undefined;
    if (s) err.fieldErrors[`${m![2] === 'value' ? 'score' : 'comment'}.${s.criterionId}`] = msg;
  }
  return err;
}

async function saveSheet(event: RequestEvent, form: string) {
  const data = await event.request.formData();
  const values = sheetValues(data);
  const { scores, errors } = scoresOf(data);
  if (Object.keys(errors).length)
    return { data, values, scores, failure: localFailure(form, errors, values) };
  try {
    if (scores.length) await gql(event, SaveScoresDocument, { reviewId: event.params.id, scores });
    return { data, values, scores, failure: null };
  } catch (err) {
    return {
      data,
      values,
      scores,
      failure: apiFailure(sheetErrors(err, scores), form, values, event.url.pathname),
    };
  }
}

export const actions: Actions = {
  /** The declaration comes first: a conflicted member is recused and sees no one's scores. */
  declare: async (event) => {
    const data = await event.request.formData();
    const choice = textOf(data, 'conflict');
    const note = textOf(data, 'note');
    if (choice !== 'yes' && choice !== 'no') {
      return localFailure('declare', { conflict: t('server.review.commitment') }, { note });
    }
    try {
      await gql(event, DeclareConflictDocument, {
        reviewId: event.params.id,
        conflict: choice === 'yes',
        note: note || null,
      });
      return {
        form: 'declare',
        message: choice === 'yes' ? t('server.review.recused') : t('server.review.declared'),
      };
    } catch (err) {
      return apiFailure(err, 'declare', { conflict: choice, note }, event.url.pathname);
    }
  },

  /** Saving the draft without JavaScript (with it, the sheet saves itself as it is typed). */
  save: async (event) => {
    const { failure } = await saveSheet(event, 'sheet');
    return failure ?? { form: 'sheet', message: t('server.review.sheetSaved') };
  },

  submit: async (event) => {
    const { failure, values, scores } = await saveSheet(event, 'sheet');
    if (failure) return failure;
    try {
      await gql(event, SubmitScoresDocument, { reviewId: event.params.id });
      return {
        form: 'sheet',
        message: t('server.review.submitted'),
      };
    } catch (err) {
      return apiFailure(sheetErrors(err, scores), 'sheet', values, event.url.pathname);
    }
  },

  vote: async (event) => {
    const data = await event.request.formData();
    const choice = textOf(data, 'choice') as VoteChoice;
    if (!VOTE_CHOICES.includes(choice))
      return localFailure('vote', { choice: t('server.review.voteChoice') });
    try {
      await gql(event, CastVoteDocument, { reviewId: event.params.id, choice });
      return {
        form: 'vote',
        message: t('server.review.voted', { vote: VOTE_CHOICE[choice].toLowerCase() }),
      };
    } catch (err) {
      return apiFailure(err, 'vote', { choice }, event.url.pathname);
    }
  },

  /** The chair's conclusion: the idea moves on and the author hears it with the reasons. */
  conclude: async (event) => {
    const data = await event.request.formData();
    const values = { conclusion: textOf(data, 'conclusion'), reasons: textOf(data, 'reasons') };
    const local: Record<string, string> = {};
    if (!REVIEW_CONCLUSIONS.includes(values.conclusion as ReviewConclusion))
      local.conclusion = t('server.review.conclusion');
    if (!values.reasons) local.reasons = t('server.review.reasons');
    if (Object.keys(local).length) return localFailure('conclude', local, values);
    const conclusion = values.conclusion as ReviewConclusion;
    try {
      await gql(event, ConcludeReviewDocument, {
        input: { reviewId: event.params.id, conclusion, reasons: values.reasons },
      });
      return {
        form: 'conclude',
        message: t('server.review.concluded', { conclusion: REVIEW_CONCLUSION[conclusion] }),
      };
    } catch (err) {
      return apiFailure(err, 'conclude', values, event.url.pathname);
    }
  },
};
