import { fail } from '@sveltejs/kit';
import { FileHandlingFeedbackDocument, type FeedbackStage } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const STAGES: FeedbackStage[] = ['RECEPTION', 'EVALUATION', 'USE', 'OTHER'];

/** A complaint about how an idea was received, judged or used (§V.1); ?ma= fills the code. */
export const load: PageServerLoad = async (event) => ({
  code: (event.url.searchParams.get('ma') ?? '').slice(0, 20),
  stages: STAGES,
});

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const entered = {
      trackingCode: String(data.get('trackingCode') ?? ''),
      stage: String(data.get('stage') ?? ''),
      body: String(data.get('body') ?? ''),
      name: String(data.get('name') ?? ''),
      contact: String(data.get('contact') ?? ''),
    };
    const stage = STAGES.find((s) => s === entered.stage) ?? 'OTHER';
    try {
      const r = await gql(event, FileHandlingFeedbackDocument, {
        input: {
          trackingCode: entered.trackingCode.trim() || null,
          stage,
          body: entered.body.slice(0, 20_001),
          name: entered.name.slice(0, 1_001),
          contact: entered.contact.slice(0, 300),
        },
      });
      return { done: true, dueAt: r.fileHandlingFeedback.dueAt };
    } catch (err) {
      // Any refusal, or the API away, is a message on the form with what was typed kept.
      const e = err instanceof ApiError ? err : null;
      return fail(e?.code === 'RATE_LIMITED' ? 429 : e && e.status < 500 ? 400 : 503, {
        entered,
        message: e?.message ?? 'Không gửi được phản ánh lúc này. Vui lòng thử lại sau.',
        fieldErrors: e?.fieldErrors ?? {},
      });
    }
  },
};
