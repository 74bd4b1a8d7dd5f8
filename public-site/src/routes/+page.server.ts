import { HomeDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => ({
  home: await gql(event, HomeDocument),
  // Filled from the content API (banners, posts) once it is merged.
  banners: [],
  news: [],
});
