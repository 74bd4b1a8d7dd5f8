import { error } from '@sveltejs/kit';
import {
  ReportPeriodsDocument,
  SaveUnitReportDocument,
  UnitReportDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { chosenPeriod } from '$lib/reports';
import { requireUnitHead } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function unitOf(event: Pick<RequestEvent, 'locals'>) {
  requireUnitHead(event.locals);
  const unit = event.locals.viewer?.unit;
  if (!unit) error(403, { message: t('myReport.noUnit'), code: 'FORBIDDEN' });
  return unit;
}

/** The unit head's report of a period (?ky=), pre-filled from the data until it is sent. */
export const load: PageServerLoad = async (event) => {
  const unit = unitOf(event);
  const { reportPeriods } = await gql(event, ReportPeriodsDocument);
  const asked = event.url.searchParams.get('ky');
  const period = chosenPeriod(reportPeriods.periods, asked);
  const { unitReport } = await gql(event, UnitReportDocument, {
    unitId: unit.id,
    periodFrom: period.from,
  });
  return { unit, periods: reportPeriods.periods, period, report: unitReport };
};

export const actions: Actions = {
  save: async (event) => {
    const unit = unitOf(event);
    const data = await event.request.formData();
    const values = {
      narrative: textOf(data, 'narrative'),
      difficulties: textOf(data, 'difficulties'),
      proposals: textOf(data, 'proposals'),
    };
    const submit = textOf(data, 'send') === '1';
    try {
      await gql(event, SaveUnitReportDocument, {
        input: { unitId: unit.id, periodFrom: textOf(data, 'periodFrom'), ...values, submit },
      });
      return { form: 'save', message: submit ? t('myReport.sent') : t('myReport.saved') };
    } catch (err) {
      return apiFailure(err, 'save', values, event.url.pathname);
    }
  },
};
