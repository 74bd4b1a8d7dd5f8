import { loadGallery } from '$lib/server/gallery';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = (event) => loadGallery(event, false);
