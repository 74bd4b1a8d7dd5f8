import { readNewsQuery } from '$lib/news';
import { loadNews } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const query = readNewsQuery(event.url.searchParams);
  return { query, ...(await loadNews(event, query)) };
};
