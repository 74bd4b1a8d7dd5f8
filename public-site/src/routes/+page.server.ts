import { HomeContentDocument, HomeVersionDocument } from '$lib/gql/graphql';
import { newerFirst } from '$lib/news';
import { gql } from '$lib/server/graphql';
import { gqlContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

/** How many of the newest news and propaganda posts the home page lists. */
const LATEST_NEWS = 3;

export const load: PageServerLoad = async (event) => {
  const [head, content] = await Promise.all([
    // Campaign and counters: read already for the page's ETag (hooks.server.ts), else now.
    event.locals.homeVersion ?? gql(event, HomeVersionDocument),
    gqlContent(event, HomeContentDocument),
  ]);
  return {
    campaign: head.currentCampaign,
    counters: head.ideaCounters,
    banners: content.banners,
    // The editors' ordered choice (ideas still allowed public, published posts); when they chose
    // nothing, the latest honoured ideas.
    featured: content.featured,
    honoured: content.honoured.nodes,
    latest: content.latest.nodes,
    news: [...content.news.nodes, ...content.propaganda.nodes]
      .sort(newerFirst)
      .slice(0, LATEST_NEWS),
  };
};
