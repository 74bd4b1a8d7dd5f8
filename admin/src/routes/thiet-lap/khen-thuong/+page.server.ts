import {
  AddAwardRateDocument,
  AddBaseSalaryDocument,
  AwardSettingsDocument,
  type AwardForm,
  type RecipientKind,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure, textOf, oneOf } from '$lib/server/forms';
import { RECIPIENT_KINDS } from '$lib/i18n';
import { isoDay } from '$lib/follow-up';
import { parseDecimal } from '$lib/indicators';
import { parseMoney } from '$lib/money';
import { RATED_FORMS } from '$lib/awards';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const { awardRates, baseSalaries } = await gql(event, AwardSettingsDocument);
  return { rates: awardRates, salaries: baseSalaries };
};

/** Settings are only ever added, with the date they take effect; past rows are never edited. */
export const actions: Actions = {
  addRate: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = {
      form: textOf(data, 'form'),
      recipientKind: textOf(data, 'recipientKind'),
      coefficient: textOf(data, 'coefficient'),
      validFrom: textOf(data, 'validFrom'),
      legalBasis: textOf(data, 'legalBasis'),
    };
    const errors: Record<string, string> = {};
    const form = oneOf<AwardForm>(values.form, RATED_FORMS);
    const kind = oneOf<RecipientKind>(values.recipientKind, RECIPIENT_KINDS);
    const coefficient = parseDecimal(values.coefficient);
    const validFrom = isoDay(values.validFrom);
    if (!form) errors.form = t('server.award.form');
    if (!kind) errors.recipientKind = t('server.award.recipientKind');
    if (coefficient === null) errors.coefficient = t('server.awardSettings.coefficient');
    if (!validFrom) errors.validFrom = t('server.awardSettings.validFrom');
    if (Object.keys(errors).length) return localFailure('addRate', errors, values);
    try {
      await gql(event, AddAwardRateDocument, {
        input: {
          form: form!,
          recipientKind: kind!,
          coefficient: coefficient!,
          validFrom: validFrom!,
          legalBasis: values.legalBasis || null,
        },
      });
      return { form: 'addRate', message: t('server.awardSettings.rateAdded') };
    } catch (err) {
      return apiFailure(err, 'addRate', values, event.url.pathname);
    }
  },

  addSalary: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = {
      amount: textOf(data, 'amount'),
      validFrom: textOf(data, 'validFrom'),
      legalBasis: textOf(data, 'legalBasis'),
    };
    const errors: Record<string, string> = {};
    const amount = parseMoney(values.amount);
    const validFrom = isoDay(values.validFrom);
    if (amount === null) errors.amount = t('server.awardSettings.amount');
    if (!validFrom) errors.validFrom = t('server.awardSettings.validFrom');
    if (Object.keys(errors).length) return localFailure('addSalary', errors, values);
    try {
      await gql(event, AddBaseSalaryDocument, {
        input: { amount: amount!, validFrom: validFrom!, legalBasis: values.legalBasis || null },
      });
      return { form: 'addSalary', message: t('server.awardSettings.salaryAdded') };
    } catch (err) {
      return apiFailure(err, 'addSalary', values, event.url.pathname);
    }
  },
};
