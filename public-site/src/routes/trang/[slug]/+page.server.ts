import { loadPost } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => ({
  post: await loadPost(event, 'page', event.locals.lang),
});
