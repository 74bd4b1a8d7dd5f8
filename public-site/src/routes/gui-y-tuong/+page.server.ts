import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { SubmitFormDocument, SubmitIdeaDocument, type Maturity } from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const MATURITIES: Maturity[] = ['PRELIMINARY', 'COMPLETE', 'TESTED'];
const CO_AUTHOR_ROWS = 3;

export const load: PageServerLoad = async (event) => ({
  form: await gql(event, SubmitFormDocument),
  // One key per form shown: pressing "send" twice, or retrying after a timeout, never makes two ideas.
  idempotencyKey: randomUUID(),
  coAuthorRows: CO_AUTHOR_ROWS,
});

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const text = (name: string) => String(data.get(name) ?? '');
    const coAuthors = Array.from({ length: CO_AUTHOR_ROWS }, (_, i) => ({
      fullName: text(`co${i}Name`),
      email: text(`co${i}Email`),
      phone: text(`co${i}Phone`),
      share: text(`co${i}Share`),
    }));
    const values = {
      title: text('title'),
      problem: text('problem'),
      solution: text('solution'),
      benefit: text('benefit'),
      requirements: text('requirements'),
      fieldIds: data.getAll('fieldIds').map(String),
      maturity: text('maturity'),
      unitId: text('unitId'),
      fullName: text('fullName'),
      email: text('email'),
      phone: text('phone'),
      idempotencyKey: text('idempotencyKey') || randomUUID(),
      noticeVersion: Number(text('noticeVersion')) || 0,
      consents: {
        processData: data.get('processData') === 'on',
        showName: data.get('showName') === 'on',
        publishContent: data.get('publishContent') === 'on',
        allowPilot: data.get('allowPilot') === 'on',
        allowScale: data.get('allowScale') === 'on',
      },
      coAuthors,
      // Files already uploaded by an earlier attempt of this form, kept so nobody re-selects them.
      attachments: data
        .getAll('attachment')
        .map((raw) => JSON.parse(String(raw)) as { id: string; fileName: string }),
    };
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
    if (Object.keys(fieldErrors).length) {
      return fail(400, { values, message: 'Có tệp đính kèm không hợp lệ.', fieldErrors });
    }
    try {
      const { submitIdea } = await gql(event, SubmitIdeaDocument, {
        input: {
          title: values.title,
          problem: values.problem,
          solution: values.solution,
          benefit: values.benefit,
          requirements: values.requirements || null,
          fieldIds: values.fieldIds,
          maturity: MATURITIES.includes(values.maturity as Maturity)
            ? (values.maturity as Maturity)
            : 'PRELIMINARY',
          unitId: values.unitId || null,
          author: {
            fullName: values.fullName,
            email: values.email || null,
            phone: values.phone || null,
          },
          coAuthors: coAuthors
            .filter((c) => c.fullName.trim() || c.email.trim() || c.phone.trim())
            .map((c) => ({
              fullName: c.fullName,
              email: c.email || null,
              phone: c.phone || null,
              share: Number(c.share) || 0,
            })),
          consents: { noticeVersion: values.noticeVersion, ...values.consents },
          attachmentIds: values.attachments.map((a) => a.id),
          idempotencyKey: values.idempotencyKey,
        },
      });
      return { receipt: submitIdea };
    } catch (err) {
      if (err instanceof ApiError && ['BAD_USER_INPUT', 'CONFLICT'].includes(err.code)) {
        return fail(400, { values, message: err.message, fieldErrors: err.fieldErrors });
      }
      throw err;
    }
  },
};
