import {
  RecordSpendingDocument,
  RemoveSpendingLineDocument,
  SetBudgetEstimateDocument,
  SpendingDocument,
} from '$lib/gql/graphql';
import { gql, upload } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, filesOf, localFailure, oneOf, textOf } from '$lib/server/forms';
import { BUDGET_LEVELS, FUNDING_SOURCES, SPENDING_ACTIVITIES } from '$lib/i18n';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

function yearOf(url: URL, now = new Date()): number {
  const y = Number(url.searchParams.get('nam'));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : now.getFullYear();
}

/** The year's money (?nam=): estimates against actuals, the ledger, what can be recorded. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const year = yearOf(event.url);
  const d = await gql(event, SpendingDocument, { from: `${year}-01-01`, to: `${year}-12-31` });
  return { year, ...d };
};

/** Amounts are typed with thousands separators ("1.200.000"). */
const amountOf = (data: FormData, name: string) =>
  Number(textOf(data, name).replace(/[.\s,]/g, ''));

export const actions: Actions = {
  record: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const values = Object.fromEntries(
      [...data.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)]),
    );
    const source = oneOf(textOf(data, 'source'), FUNDING_SOURCES);
    const activity = oneOf(textOf(data, 'activity'), SPENDING_ACTIVITIES);
    if (!source || !activity)
      return localFailure('record', { source: t('spending.chooseSourceActivity') }, values);
    try {
      const [file] = filesOf(data, 'file');
      const fileId = file ? (await upload(event, file, 'SPENDING_DOCUMENT')).id : null;
      await gql(event, RecordSpendingDocument, {
        input: {
          spentOn: textOf(data, 'spentOn'),
          amount: amountOf(data, 'amount'),
          source,
          activity,
          budgetLevel: oneOf(textOf(data, 'budgetLevel'), BUDGET_LEVELS),
          description: textOf(data, 'description'),
          documentNumber: textOf(data, 'documentNumber') || null,
          unitId: textOf(data, 'unitId') || null,
          awardId: textOf(data, 'awardId') || null,
          fileId,
        },
      });
      return { form: 'record', message: t('spending.recorded') };
    } catch (err) {
      return apiFailure(err, 'record', values, event.url.pathname);
    }
  },

  estimate: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const source = oneOf(textOf(data, 'source'), FUNDING_SOURCES);
    const activity = oneOf(textOf(data, 'activity'), SPENDING_ACTIVITIES);
    if (!source || !activity)
      return localFailure('estimate', { source: t('spending.chooseSourceActivity') });
    try {
      await gql(event, SetBudgetEstimateDocument, {
        year: yearOf(event.url),
        activity,
        source,
        amount: amountOf(data, 'amount'),
      });
      return { form: 'estimate', message: t('spending.estimateSaved') };
    } catch (err) {
      return apiFailure(err, 'estimate', {}, event.url.pathname);
    }
  },

  remove: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    try {
      await gql(event, RemoveSpendingLineDocument, { id: textOf(data, 'id') });
      return { form: 'remove', message: t('spending.removed') };
    } catch (err) {
      return apiFailure(err, 'remove', {}, event.url.pathname);
    }
  },
};
