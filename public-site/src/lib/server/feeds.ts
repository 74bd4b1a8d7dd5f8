import type { RequestEvent } from '@sveltejs/kit';
import { HonouredFeedDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { translator, type Lang } from '$lib/i18n';
import { excerpt } from '$lib/share';
import type { Feed, FeedItem } from '$lib/feed';
import { absoluteUrl, siteOrigin } from './site';

/**
 * Feed sources. Each returns a `Feed` the RSS and Atom renderers share; a news source (posts of
 * the content API) is added here beside the honoured ideas, with its own routes under /tin-tuc.
 */
export async function honouredFeed(event: RequestEvent, lang: Lang, format: 'rss' | 'atom') {
  const t = translator(lang);
  const origin = siteOrigin(event.url);
  const { ideas } = await gql(event, HonouredFeedDocument);
  const items: FeedItem[] = ideas.nodes.map((i) => ({
    url: absoluteUrl(origin, `/y-tuong/${i.id}`, lang),
    title: i.title,
    summary: [i.honourCitation, excerpt(i.problem, 300)].filter(Boolean).join(' — '),
    published: i.honouredAt ?? new Date(0).toISOString(),
    categories: [...i.fields.map((f) => f.name), ...(i.unit ? [i.unit.name] : [])],
  }));
  const feed: Feed = {
    title: `${t('feed.honouredTitle')} – ${t('site.name')}`,
    description: t('honour.intro'),
    link: absoluteUrl(origin, '/vinh-danh', lang),
    self: absoluteUrl(origin, `/vinh-danh/${format === 'rss' ? 'rss' : 'atom'}.xml`, lang),
    language: lang,
    items,
  };
  return feed;
}

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}
