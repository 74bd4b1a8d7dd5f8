import { json } from '@sveltejs/kit';
import { LiveCountersDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

/**
 * The home page counters, refreshed by the page every half minute. A CDN may serve the same answer
 * to everyone for 15 seconds, so a crowd of visitors costs the API a request per quarter minute.
 */
export const GET: RequestHandler = async (event) => {
  const { ideaCounters } = await gql(event, LiveCountersDocument);
  return json(ideaCounters, {
    headers: { 'cache-control': 'public, max-age=15, s-maxage=15, stale-while-revalidate=60' },
  });
};
