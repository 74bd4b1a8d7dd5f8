import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { SubmitFormDocument, SubmitIdeaDocument, type Maturity } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const MATURITIES: Maturity[] = ['PRELIMINARY', 'COMPLETE', 'TESTED'];

export const load: PageServerLoad = async (event) => ({
  form: await gql(event, SubmitFormDocument),
  // One key per form shown: pressing "send" twice, or retrying after a timeout, never makes two ideas.
  idempotencyKey: randomUUID(),
});

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const text = (name: string) => String(data.get(name) ?? '');
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
    };
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
