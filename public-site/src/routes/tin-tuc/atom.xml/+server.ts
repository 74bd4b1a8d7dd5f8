import { renderAtom } from '$lib/feed';
import { newsFeed, xmlResponse } from '$lib/server/feeds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
  xmlResponse(renderAtom(await newsFeed(event, event.locals.lang, 'atom')), 'application/atom+xml');
