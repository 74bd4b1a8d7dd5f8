import { redirect } from '@sveltejs/kit';
import { IdeaImportDocument, StartIdeaImportDocument } from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, filesOf, localFailure, textOf } from '$lib/server/forms';
import { readImportReport } from '$lib/import-report';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f-]{36}$/i;

const pageOf = (jobId: string, attachmentId: string) =>
  `/nhap-y-tuong?lan=${encodeURIComponent(jobId)}&tep=${encodeURIComponent(attachmentId)}`;

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const jobId = event.url.searchParams.get('lan') ?? '';
  const attachmentId = event.url.searchParams.get('tep') ?? '';
  if (!UUID.test(jobId)) return { job: null, attachmentId: null, missing: Boolean(jobId) };
  const { ideaImport } = await gql(event, IdeaImportDocument, { id: jobId });
  if (!ideaImport) return { job: null, attachmentId: null, missing: true };
  return {
    job: { ...ideaImport, report: readImportReport(ideaImport.report) },
    attachmentId: UUID.test(attachmentId) ? attachmentId : null,
    missing: false,
  };
};

export const actions: Actions = {
  /** Uploads the spreadsheet and checks every row without importing anything. */
  check: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const [file] = filesOf(data, 'file');
    if (!file) return localFailure('check', { file: t('server.import.file') });
    let jobId: string;
    let attachmentId: string;
    try {
      attachmentId = (await upload(event, file, 'IMPORT_SOURCE')).id;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      return localFailure('check', { file: err.message }, undefined, t('server.file.uploadFailed'));
    }
    try {
      const { startIdeaImport } = await gql(event, StartIdeaImportDocument, {
        attachmentId,
        dryRun: true,
        skipInvalidRows: false,
      });
      jobId = startIdeaImport.id;
    } catch (err) {
      return apiFailure(err, 'check');
    }
    redirect(303, pageOf(jobId, attachmentId));
  },

  /** Imports the checked file: every row, or only the valid ones. */
  import: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const attachmentId = textOf(data, 'attachmentId');
    const skipInvalidRows = textOf(data, 'mode') === 'valid';
    let jobId: string;
    try {
      const { startIdeaImport } = await gql(event, StartIdeaImportDocument, {
        attachmentId,
        dryRun: false,
        skipInvalidRows,
      });
      jobId = startIdeaImport.id;
    } catch (err) {
      return apiFailure(err, 'import');
    }
    redirect(303, pageOf(jobId, attachmentId));
  },
};
