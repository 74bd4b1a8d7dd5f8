import { error } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The council's minutes (biên bản) as DOCX or PDF, laid out as Decree 30/2020 asks. */
export const GET: RequestHandler = (event) => {
  const { id, format } = event.params;
  if (!UUID.test(id) || (format !== 'docx' && format !== 'pdf'))
    error(404, { message: 'Không tìm thấy biên bản.' });
  return relayDownload(event, `/reviews/${id}/minutes.${format}`, 'Không xuất được biên bản.');
};
