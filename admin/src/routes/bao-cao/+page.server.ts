import { redirect } from '@sveltejs/kit';
import {
  CreateHubReportDocument,
  HubReportsDocument,
  RemoveRecipientListDocument,
  SaveRecipientListDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { HUB_REPORT_KINDS } from '$lib/i18n';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** The hub's reports, every version, newest first. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const { hubReports, recipientLists } = await gql(event, HubReportsDocument);
  return { reports: hubReports, lists: recipientLists };
};

export const actions: Actions = {
  create: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
    const kind = oneOf(textOf(data, 'kind'), HUB_REPORT_KINDS);
    if (!kind) return localFailure('create', { kind: t('reports.kind') }, values);
    let id: string;
    try {
      const r = await gql(event, CreateHubReportDocument, {
        kind,
        input: {
          periodFrom: textOf(data, 'periodFrom') || null,
          periodTo: textOf(data, 'periodTo') || null,
        },
      });
      id = r.createHubReport.id;
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
    redirect(303, `/bao-cao/${id}`);
  },

  /** A "Nơi nhận" list: one recipient per line (a new one when no id is sent). */
  saveList: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const values = {
      id: textOf(data, 'id'),
      name: textOf(data, 'name'),
      entries: textOf(data, 'entries'),
    };
    try {
      await gql(event, SaveRecipientListDocument, {
        id: values.id || null,
        name: values.name,
        entries: values.entries
          .split(/\r?\n/)
          .map((e) => e.trim())
          .filter(Boolean),
      });
      return { form: 'saveList', message: t('reports.lists.saved') };
    } catch (err) {
      return apiFailure(err, 'saveList', values, event.url.pathname);
    }
  },

  removeList: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    try {
      await gql(event, RemoveRecipientListDocument, { id: textOf(data, 'id') });
      return { form: 'removeList', message: t('reports.lists.removed') };
    } catch (err) {
      return apiFailure(err, 'removeList', {}, event.url.pathname);
    }
  },
};
