import { redirect } from '@sveltejs/kit';
import { CreateHubReportDocument, HubReportsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { HUB_REPORT_KINDS } from '$lib/i18n';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** The hub's reports, every version, newest first. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const { hubReports } = await gql(event, HubReportsDocument);
  return { reports: hubReports };
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
};
