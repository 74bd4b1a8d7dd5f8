import {
  SitemapCampaignsDocument,
  SitemapIdeasDocument,
  SitemapPostsDocument,
  type ContentKind,
  type SitemapIdeasQuery,
  type SitemapPostsQuery,
} from '$lib/gql/graphql';
import { postPath } from '$lib/news';
import { gql } from '$lib/server/graphql';
import { siteOrigin } from '$lib/server/site';
import { xmlResponse } from '$lib/server/feeds';
import { renderSitemap, type SitemapEntry } from '$lib/sitemap';
import type { RequestHandler } from './$types';

/**
 * One sitemap holds 50,000 addresses; two languages per page leave room for 20,000 ideas and
 * 4,000 posts.
 */
const MAX_IDEAS = 20_000;
const MAX_POSTS = 4_000;

export const GET: RequestHandler = async (event) => {
  const entries: SitemapEntry[] = [
    '/',
    '/y-tuong',
    '/vinh-danh',
    '/phong-trao',
    '/tin-tuc',
    '/minh-bach',
    '/noi-gui-truc-tiep',
    '/gui-y-tuong',
    '/kiem-tra-bien-nhan',
    '/so-bien-nhan',
  ].map((path) => ({ path }));
  const { campaigns } = await gql(event, SitemapCampaignsDocument);
  for (const c of campaigns)
    if (c.status !== 'DRAFT') entries.push({ path: `/phong-trao/${c.code}` });
  let after: string | null = null;
  for (let seen = 0; seen < MAX_IDEAS;) {
    const { ideas }: SitemapIdeasQuery = await gql(event, SitemapIdeasDocument, { after });
    for (const i of ideas.nodes) entries.push({ path: `/y-tuong/${i.id}`, lastmod: i.updatedAt });
    seen += ideas.nodes.length;
    if (!ideas.pageInfo.hasNextPage || !ideas.pageInfo.endCursor) break;
    after = ideas.pageInfo.endCursor;
  }
  // Published posts: news and propaganda under /tin-tuc, pages under /trang.
  let posts = 0;
  for (const kind of ['PAGE', 'NEWS', 'PROPAGANDA'] as ContentKind[]) {
    let cursor: string | null = null;
    while (posts < MAX_POSTS) {
      const r: SitemapPostsQuery = await gql(event, SitemapPostsDocument, { kind, after: cursor });
      for (const p of r.posts.nodes)
        entries.push({ path: postPath({ kind, slug: p.slug }), lastmod: p.updatedAt });
      posts += r.posts.nodes.length;
      if (!r.posts.pageInfo.hasNextPage || !r.posts.pageInfo.endCursor) break;
      cursor = r.posts.pageInfo.endCursor;
    }
  }
  return xmlResponse(renderSitemap(siteOrigin(event.url), entries), 'application/xml');
};
