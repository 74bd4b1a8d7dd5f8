import { renderRss } from '$lib/feed';
import { honouredFeed, xmlResponse } from '$lib/server/feeds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
  xmlResponse(
    renderRss(await honouredFeed(event, event.locals.lang, 'rss')),
    'application/rss+xml',
  );
