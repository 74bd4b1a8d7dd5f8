import { randomUUID } from 'node:crypto';
import { fail, isHttpError, isRedirect } from '@sveltejs/kit';
import {
  SubmitFormDocument,
  SubmitIdeaDocument,
  ValidateIdeaSubmissionDocument,
  type SubmitIdeaInput,
} from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { isKiosk, KIOSK_IDLE_SECONDS } from '$lib/server/tracking';
import { translator } from '$lib/i18n';
import { inFormOrder, SUBMIT_ANCHORS } from '$lib/form-errors';
import {
  CO_AUTHOR_ROWS,
  filledCoAuthors,
  readSubmission,
  submissionInput,
  TEXT_CHECK_CAP,
  withTextsCapped,
} from '$lib/submission';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  form: await gql(event, SubmitFormDocument),
  // One key per form shown: pressing "send" twice, or retrying after a timeout, never makes two ideas.
  idempotencyKey: randomUUID(),
  coAuthorRows: CO_AUTHOR_ROWS,
  // A shared device at a reception point: no autofill, and the form and receipt clear when idle.
  kiosk: isKiosk(event.cookies),
  kioskIdleSeconds: KIOSK_IDLE_SECONDS,
});

/** The HTTP status a refused submission is answered with. */
function statusOf(err: ApiError): 400 | 413 | 429 | 503 {
  if (err.code === 'RATE_LIMITED') return 429;
  if (err.code === 'LIMITS_EXCEEDED') return 413;
  if (err.code === 'SERVICE_UNAVAILABLE' || err.code === 'UNAVAILABLE' || err.status >= 500)
    return 503;
  return 400;
}

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.lang);
    let data: FormData;
    try {
      data = await event.request.formData();
    } catch {
      // Larger than the site accepts at all (BODY_SIZE_LIMIT): nothing of it can be read back.
      return fail(413, { values: undefined, message: t('submit.bodyTooLarge'), fieldErrors: {} });
    }
    const values = readSubmission(data, { rows: CO_AUTHOR_ROWS, newKey: randomUUID });
    // Errors found here (a file refused, no declaration), then the API's, shown all at once.
    const local: Record<string, string> = {};
    const refused: string[] = [];
    for (const file of data.getAll('files')) {
      if (!(file instanceof File) || file.size === 0) continue;
      try {
        const up = await upload(event, file);
        values.attachments.push({ id: up.id, fileName: up.fileName });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        refused.push(err.message);
      }
    }
    if (refused.length) local['attachmentIds'] = refused.join(' ');
    // The API accepts an idea without a declaration (in-person intake may add it later); online,
    // the author declares the origin when submitting, as an explicit choice rather than a default.
    if (!values.origin) local['origin'] = t('submit.originRequired');
    const website = String(data.get('website') ?? '');
    const input: SubmitIdeaInput = { ...submissionInput(values), website: website || null };
    const texts = [values.title, values.problem, values.solution, values.benefit];
    const oversized = [
      ...texts,
      values.requirements,
      values.confidential,
      values.originSources,
    ].some((text) => text.length > TEXT_CHECK_CAP);

    const refusedWith = (err: unknown) => {
      if (isHttpError(err) || isRedirect(err)) throw err;
      if (!(err instanceof ApiError)) {
        console.error('gui-y-tuong: the API could not be reached', err);
        return fail(503, { values, message: t('submit.unavailable'), fieldErrors: local });
      }
      return fail(statusOf(err), {
        values,
        message: err.code === 'BAD_USER_INPUT' ? t('submit.notSent') : err.message,
        fieldErrors: inFormOrder({ ...err.fieldErrors, ...local }, SUBMIT_ANCHORS),
      });
    };

    if (Object.keys(local).length || oversized) {
      // Not sent: the API checks the rest without storing anything. A text far over any limit is
      // checked cut short (still over its limit), so its error names the field, not the request.
      try {
        await gql(event, ValidateIdeaSubmissionDocument, { input: withTextsCapped(input) });
      } catch (err) {
        return refusedWith(err);
      }
      if (Object.keys(local).length)
        return fail(400, {
          values,
          message: t('submit.notSent'),
          fieldErrors: inFormOrder(local, SUBMIT_ANCHORS),
        });
    }
    try {
      const { submitIdea } = await gql(event, SubmitIdeaDocument, { input });
      return { receipt: submitIdea, coAuthors: filledCoAuthors(values).length };
    } catch (err) {
      return refusedWith(err);
    }
  },
};
