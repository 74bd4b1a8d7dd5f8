import { error } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The council's minutes (biên bản) as DOCX or PDF, laid out as Decree 30/2020 asks. */
export const GET: RequestHandler = (event) => {
  const { id, format } = event.params;
  if (!UUID.test(id) || (format !== 'docx' && format !== 'pdf'))
    error(404, { message: t('server.review.minutesNotFound') });
  return relayDownload(event, `/reviews/${id}/minutes.${format}`, t('server.review.minutesExport'));
};
