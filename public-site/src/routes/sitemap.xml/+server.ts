import {
  SitemapCampaignsDocument,
  SitemapIdeasDocument,
  type SitemapIdeasQuery,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { siteOrigin } from '$lib/server/site';
import { xmlResponse } from '$lib/server/feeds';
import { renderSitemap, type SitemapEntry } from '$lib/sitemap';
import type { RequestHandler } from './$types';

/** One sitemap holds 50,000 addresses; two languages per page leave room for 20,000 ideas. */
const MAX_IDEAS = 20_000;

export const GET: RequestHandler = async (event) => {
  const entries: SitemapEntry[] = [
    '/',
    '/y-tuong',
    '/vinh-danh',
    '/phong-trao',
    '/minh-bach',
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
  return xmlResponse(renderSitemap(siteOrigin(event.url), entries), 'application/xml');
};
