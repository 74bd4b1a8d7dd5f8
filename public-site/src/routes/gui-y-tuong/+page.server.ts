import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { SubmitFormDocument, SubmitIdeaDocument } from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { translator } from '$lib/i18n';
import { CO_AUTHOR_ROWS, filledCoAuthors, readSubmission, submissionInput } from '$lib/submission';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  form: await gql(event, SubmitFormDocument),
  // One key per form shown: pressing "send" twice, or retrying after a timeout, never makes two ideas.
  idempotencyKey: randomUUID(),
  coAuthorRows: CO_AUTHOR_ROWS,
});

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.lang);
    const data = await event.request.formData();
    const values = readSubmission(data, { rows: CO_AUTHOR_ROWS, newKey: randomUUID });
    const fieldErrors: Record<string, string> = {};
    for (const file of data.getAll('files')) {
      if (!(file instanceof File) || file.size === 0) continue;
      try {
        const up = await upload(event, file);
        values.attachments.push({ id: up.id, fileName: up.fileName });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        fieldErrors['attachmentIds'] = err.message;
      }
    }
    // The API accepts an idea without a declaration (in-person intake may add it later); online,
    // the author declares the origin when submitting, as an explicit choice rather than a default.
    if (!values.origin) fieldErrors['origin'] = t('submit.originRequired');
    if (Object.keys(fieldErrors).length) {
      return fail(400, {
        values,
        message: fieldErrors['origin'] ? t('submit.notSent') : 'Có tệp đính kèm không hợp lệ.',
        fieldErrors,
      });
    }
    try {
      // The hidden `website` field (a honeypot): people leave it empty; the API refuses the rest.
      const website = String(data.get('website') ?? '');
      const { submitIdea } = await gql(event, SubmitIdeaDocument, {
        input: { ...submissionInput(values), website: website || null },
      });
      return { receipt: submitIdea, coAuthors: filledCoAuthors(values).length };
    } catch (err) {
      if (
        err instanceof ApiError &&
        ['BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED'].includes(err.code)
      ) {
        const status = err.code === 'RATE_LIMITED' ? 429 : 400;
        return fail(status, { values, message: err.message, fieldErrors: err.fieldErrors });
      }
      throw err;
    }
  },
};
