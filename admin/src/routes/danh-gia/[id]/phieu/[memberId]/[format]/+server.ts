import { error } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One member's scoring sheet (phiếu chấm điểm) as DOCX or PDF. */
export const GET: RequestHandler = (event) => {
  const { id, memberId, format } = event.params;
  if (!UUID.test(id) || !UUID.test(memberId) || (format !== 'docx' && format !== 'pdf'))
    error(404, { message: t('server.review.sheetNotFound') });
  return relayDownload(
    event,
    `/reviews/${id}/sheets/${memberId}.${format}`,
    t('server.review.sheetExport'),
  );
};
