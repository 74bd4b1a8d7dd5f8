import {
  AnswerHandlingFeedbackDocument,
  EscalateHandlingFeedbackDocument,
  HandlingFeedbackListDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** Complaints about how ideas were handled: open ones first, overdue first of all. */
export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const { handlingFeedback } = await gql(event, HandlingFeedbackListDocument);
  const open = handlingFeedback.filter((f) => f.status === 'RECEIVED');
  return {
    items: [
      ...open.filter((f) => f.overdue),
      ...open.filter((f) => !f.overdue),
      ...handlingFeedback.filter((f) => f.status !== 'RECEIVED'),
    ],
  };
};

export const actions: Actions = {
  answer: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const answer = textOf(data, 'answer');
    try {
      await gql(event, AnswerHandlingFeedbackDocument, { id, answer });
      return { form: 'answer', message: t('feedback.answered') };
    } catch (err) {
      return apiFailure(err, 'answer', { id, answer }, event.url.pathname);
    }
  },
  escalate: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    try {
      await gql(event, EscalateHandlingFeedbackDocument, { id: textOf(data, 'id') });
      return { form: 'escalate', message: t('feedback.escalated') };
    } catch (err) {
      return apiFailure(err, 'escalate', {}, event.url.pathname);
    }
  },
};
