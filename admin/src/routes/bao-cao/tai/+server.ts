import { error } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import type { RequestHandler } from './$types';

const FORMATS = ['docx', 'pdf', 'xlsx'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A report's file (?id=&dinh-dang=docx|pdf|xlsx), relayed from the API, which checks the rights. */
export const GET: RequestHandler = async (event) => {
  const id = event.url.searchParams.get('id') ?? '';
  const format = event.url.searchParams.get('dinh-dang') ?? '';
  if (!UUID.test(id) || !FORMATS.includes(format)) error(404, { message: 'Không có tệp này.' });
  return relayDownload(event, `/reports/${id}/${format}`);
};
