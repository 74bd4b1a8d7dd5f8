import { renderRss } from '$lib/feed';
import { newsFeed, xmlResponse } from '$lib/server/feeds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
  xmlResponse(renderRss(await newsFeed(event, event.locals.lang, 'rss')), 'application/rss+xml');
