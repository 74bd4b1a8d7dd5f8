import {
  AcceptUnitReportDocument,
  ReportPeriodsDocument,
  ReturnUnitReportDocument,
  SetReportScheduleDocument,
  UnitReportBoardDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { chosenPeriod } from '$lib/reports';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { REPORT_FREQUENCIES } from '$lib/i18n';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** The units' reports of a period (?ky=YYYY-MM-DD, the period's first day), late ones first. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const { reportPeriods } = await gql(event, ReportPeriodsDocument);
  const asked = event.url.searchParams.get('ky');
  // The period whose reports are due now: the last one that has ended, unless one is asked for.
  const period = chosenPeriod(reportPeriods.periods, asked);
  const { unitReportBoard } = await gql(event, UnitReportBoardDocument, {
    periodFrom: period.from,
  });
  return {
    schedule: reportPeriods.schedule,
    periods: reportPeriods.periods,
    period,
    board: unitReportBoard,
  };
};

export const actions: Actions = {
  schedule: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const frequency = oneOf(textOf(data, 'frequency'), REPORT_FREQUENCIES);
    if (!frequency) return localFailure('schedule', { frequency: t('unitReports.frequency') });
    try {
      await gql(event, SetReportScheduleDocument, {
        frequency,
        dueDays: Number(textOf(data, 'dueDays')),
        remindDays: Number(textOf(data, 'remindDays')),
      });
      return { form: 'schedule', message: t('unitReports.scheduleSaved') };
    } catch (err) {
      return apiFailure(err, 'schedule', {}, event.url.pathname);
    }
  },

  decide: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const comment = textOf(data, 'comment');
    try {
      if (textOf(data, 'decision') === 'accept') {
        await gql(event, AcceptUnitReportDocument, { id, comment: comment || null });
        return { form: 'decide', message: t('unitReports.accepted') };
      }
      await gql(event, ReturnUnitReportDocument, { id, comment });
      return { form: 'decide', message: t('unitReports.returned') };
    } catch (err) {
      return apiFailure(err, 'decide', { id, comment }, event.url.pathname);
    }
  },
};
