import { renderAtom } from '$lib/feed';
import { honouredFeed, xmlResponse } from '$lib/server/feeds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
  xmlResponse(
    renderAtom(await honouredFeed(event, event.locals.lang, 'atom')),
    'application/atom+xml',
  );
