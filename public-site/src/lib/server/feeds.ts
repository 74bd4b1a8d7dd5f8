import type { RequestEvent } from '@sveltejs/kit';
import { HonouredFeedDocument, NewsFeedDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { translator, type Lang } from '$lib/i18n';
import { excerpt } from '$lib/share';
import type { Feed, FeedItem } from '$lib/feed';
import { newerFirst, postPath } from '$lib/news';
import { absoluteUrl, siteOrigin } from './site';

/**
 * Feed sources. Each returns a `Feed` the RSS and Atom renderers share: honoured ideas
 * (/vinh-danh/rss.xml, atom.xml) and news with propaganda posts (/tin-tuc/rss.xml, atom.xml).
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

/** The 30 newest news and propaganda posts. */
export async function newsFeed(event: RequestEvent, lang: Lang, format: 'rss' | 'atom') {
  const t = translator(lang);
  const origin = siteOrigin(event.url);
  const { news, propaganda } = await gql(event, NewsFeedDocument);
  const posts = [...news.nodes, ...propaganda.nodes].sort(newerFirst).slice(0, 30);
  const items: FeedItem[] = posts.map((p) => ({
    url: absoluteUrl(origin, postPath(p), lang),
    title: p.title,
    summary: p.summary ?? '',
    published: p.publishedAt ?? p.updatedAt,
    updated: p.updatedAt,
    categories: p.tags.map((tag) => tag.name),
  }));
  const feed: Feed = {
    title: `${t('news.feedTitle')} – ${t('site.name')}`,
    description: t('news.feedDescription'),
    link: absoluteUrl(origin, '/tin-tuc', lang),
    self: absoluteUrl(origin, `/tin-tuc/${format === 'rss' ? 'rss' : 'atom'}.xml`, lang),
    language: lang,
    items,
  };
  return feed;
}

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}
