import {
  AnswerHandlingFeedbackDocument,
  EscalateHandlingFeedbackDocument,
  HandlingFeedbackListDocument,
  RecordHandlingFeedbackDocument,
  type FeedbackStage,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, oneOf, textOf } from '$lib/server/forms';

const STAGES: FeedbackStage[] = ['RECEPTION', 'EVALUATION', 'USE', 'OTHER'];
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
  /** A complaint made in person at the hub, recorded by its staff. */
  record: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = {
      trackingCode: textOf(data, 'trackingCode'),
      stage: textOf(data, 'stage'),
      body: textOf(data, 'body'),
      name: textOf(data, 'name'),
      contact: textOf(data, 'contact'),
    };
    try {
      await gql(event, RecordHandlingFeedbackDocument, {
        input: {
          trackingCode: values.trackingCode || null,
          stage: oneOf(values.stage, STAGES) ?? 'OTHER',
          body: values.body,
          name: values.name,
          contact: values.contact,
        },
      });
      return { form: 'record', message: t('feedback.recorded') };
    } catch (err) {
      return apiFailure(err, 'record', values, event.url.pathname);
    }
  },
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
