import { StaticPagesDocument } from '$lib/gql/graphql';
import { viCompare } from '$lib/news';
import { gql } from '$lib/server/graphql';
import { siteOrigin } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

/** The published static pages (introduction, how to take part, rules…) for the footer. */
async function staticPages(event: Parameters<LayoutServerLoad>[0]) {
  try {
    const { posts } = await gql(event, StaticPagesDocument);
    return posts.nodes
      .map((p) => ({ slug: p.slug, title: p.title }))
      .sort((a, b) => viCompare(a.title, b.title));
  } catch {
    // The footer does without them; the page itself reports an unreachable API.
    return [];
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
  };
};
