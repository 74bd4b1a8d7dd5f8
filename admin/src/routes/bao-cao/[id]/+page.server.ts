import { error, redirect } from '@sveltejs/kit';
import {
  CorrectHubReportDocument,
  GenerateHubReportDocument,
  HubReportDocument,
  IssueHubReportDocument,
  UpdateHubReportDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const { hubReport, recipientLists } = await gql(event, HubReportDocument, {
    id: event.params.id,
  });
  if (!hubReport) error(404, { message: t('reports.empty') });
  return { report: hubReport, lists: recipientLists };
};

export const actions: Actions = {
  save: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
    try {
      await gql(event, UpdateHubReportDocument, {
        id: event.params.id,
        input: {
          title: textOf(data, 'title'),
          numberSymbol: textOf(data, 'numberSymbol'),
          periodFrom: textOf(data, 'periodFrom') || null,
          periodTo: textOf(data, 'periodTo') || null,
          documentDate: textOf(data, 'documentDate') || null,
          signerTitle: textOf(data, 'signerTitle'),
          signerName: textOf(data, 'signerName'),
          recipients: textOf(data, 'recipients')
            .split(/\r?\n/)
            .map((r) => r.trim())
            .filter(Boolean),
          assessment: textOf(data, 'assessment'),
          shortcomings: textOf(data, 'shortcomings'),
          nextTasks: textOf(data, 'nextTasks'),
          proposals: textOf(data, 'proposals'),
        },
      });
      return { form: 'save', message: t('reports.saved') };
    } catch (err) {
      return apiFailure(err, 'save', values, event.url.pathname);
    }
  },

  generate: async (event) => {
    requireMovementManager(event.locals);
    try {
      await gql(event, GenerateHubReportDocument, { id: event.params.id });
      return { form: 'generate', message: t('reports.queued') };
    } catch (err) {
      return apiFailure(err, 'generate', {}, event.url.pathname);
    }
  },

  issue: async (event) => {
    requireMovementManager(event.locals);
    try {
      await gql(event, IssueHubReportDocument, { id: event.params.id });
    } catch (err) {
      return apiFailure(err, 'issue', {}, event.url.pathname);
    }
    redirect(303, `/bao-cao/${event.params.id}`);
  },

  correct: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    let id: string;
    try {
      const r = await gql(event, CorrectHubReportDocument, {
        id: event.params.id,
        reason: textOf(data, 'reason'),
      });
      id = r.correctHubReport.id;
    } catch (err) {
      return apiFailure(err, 'correct', { reason: textOf(data, 'reason') }, event.url.pathname);
    }
    redirect(303, `/bao-cao/${id}`);
  },
};
