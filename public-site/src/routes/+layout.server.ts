import { StaticPagesDocument } from '$lib/gql/graphql';
import { viCompare } from '$lib/news';
import { gql } from '$lib/server/graphql';
import { gqlContent } from '$lib/server/content';
import { CurrentTenantDocument } from '$lib/gql/graphql';
import { siteOrigin } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

interface StaticPage {
  slug: string;
  title: string;
}

/** How long the footer's list of pages is reused on pages without a content version. */
const PAGES_TTL_MS = 30_000;
/** Per commune: one site may serve several. */
const cache = new Map<string, { at: number; version: string | null; pages: StaticPage[] }>();

/**
 * The published static pages (introduction, how to take part, rules…) for the footer. Every page
 * shows them, so the list is reused: under the same content version on pages whose ETag is that
 * version (it changes whenever a page is published, renamed or withdrawn), else for 30 seconds —
 * less than the minute a CDN may keep any public page.
 */
async function staticPages(event: Parameters<LayoutServerLoad>[0]): Promise<StaticPage[]> {
  const version = event.locals.contentVersion ?? null;
  const now = Date.now();
  const cached = cache.get(event.locals.tenant);
  if (cached && (version ? cached.version === version : now - cached.at < PAGES_TTL_MS))
    return cached.pages;
  try {
    const { posts } = await gql(event, StaticPagesDocument);
    const pages = posts.nodes
      .map((p) => ({ slug: p.slug, title: p.title }))
      .sort((a, b) => viCompare(a.title, b.title));
    // Read after `version`: at least as new as it, never older.
    cache.set(event.locals.tenant, { at: now, version, pages });
    return pages;
  } catch {
    // The footer does without them; the page itself reports an unreachable API.
    return [];
  }
}

/** The commune's name and contacts for the header and footer (null if the API cannot say). */
async function commune(event: Parameters<LayoutServerLoad>[0]) {
  try {
    return (await gqlContent(event, CurrentTenantDocument)).currentTenant;
  } catch {
    return null;
  }
}

export const load: LayoutServerLoad = async (event) => {
  const { locals, url } = event;
  const params = new URLSearchParams(url.searchParams);
  params.delete('lang');
  for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key); // form actions
  const search = params.toString();
  return {
    lang: locals.lang,
    path: url.pathname,
    /** The address without the language, for the language switch. */
    pathAndSearch: url.pathname + (search ? `?${search}` : ''),
    origin: siteOrigin(url),
    pages: await staticPages(event),
    commune: await commune(event),
  };
};
