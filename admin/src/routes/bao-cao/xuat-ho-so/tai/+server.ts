import { error, isHttpError, redirect } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The export of the ideas ticked on the page (?id=…&id=…&muc-dich=…&dinh-dang=json|xlsx), relayed
 * from the API, which checks the authors' consents; a refusal goes back to the page with its
 * message.
 */
export const GET: RequestHandler = async (event) => {
  const p = event.url.searchParams;
  const ids = p.getAll('id').filter((id) => UUID.test(id));
  const format = p.get('dinh-dang') === 'xlsx' ? 'xlsx' : 'json';
  const q = new URLSearchParams({ ids: ids.join(','), purpose: p.get('muc-dich') ?? '' });
  try {
    return await relayDownload(event, `/exports/initiatives.${format}?${q}`);
  } catch (err) {
    if (isHttpError(err) && err.status !== 403 && err.status !== 404) {
      const back = new URLSearchParams({ loi: err.body.message });
      for (const id of ids) back.append('id', id);
      back.set('muc-dich', p.get('muc-dich') ?? '');
      redirect(303, `/bao-cao/xuat-ho-so?${back}`);
    }
    if (isHttpError(err)) error(err.status, err.body);
    throw err;
  }
};
