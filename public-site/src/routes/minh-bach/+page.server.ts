import { TransparencyDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const data = await gql(event, TransparencyDocument);
  // To the minute, as shown: the page's bytes (and so its ETag) stay the same while nothing changes.
  const at = new Date(data.transparencyStats.generatedAt);
  at.setUTCSeconds(0, 0);
  return {
    ...data,
    transparencyStats: { ...data.transparencyStats, generatedAt: at.toISOString() },
  };
};
