import {
  AddPublicHolidayDocument,
  PublicHolidaysDocument,
  RemovePublicHolidayDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { isoDay } from '$lib/follow-up';
import { vnDay } from '$lib/data-requests';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const thisYear = Number(vnDay(event.locals.now).slice(0, 4));
  const asked = Number(event.url.searchParams.get('nam'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const { publicHolidays } = await gql(event, PublicHolidaysDocument, { year });
  return { year, thisYear, holidays: publicHolidays };
};

/** The days the two-working-day timer of data requests skips (Tết, 30/4, 1/5, Quốc khánh…). */
export const actions: Actions = {
  add: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = { day: textOf(data, 'day'), name: textOf(data, 'name') };
    const errors: Record<string, string> = {};
    const day = isoDay(values.day);
    if (!day) errors.day = t('server.form.badDate');
    if (!values.name) errors.name = t('server.holiday.name');
    if (Object.keys(errors).length) return localFailure('add', errors, values);
    try {
      await gql(event, AddPublicHolidayDocument, { day: day!, name: values.name });
      return { form: 'add', message: t('server.holiday.added', { name: values.name }) };
    } catch (err) {
      return apiFailure(err, 'add', values, event.url.pathname);
    }
  },

  remove: async (event) => {
    requireHub(event.locals);
    const id = textOf(await event.request.formData(), 'id');
    try {
      await gql(event, RemovePublicHolidayDocument, { id });
      return { form: 'remove', message: t('server.holiday.removed') };
    } catch (err) {
      return apiFailure(err, 'remove', { id }, event.url.pathname);
    }
  },
};
