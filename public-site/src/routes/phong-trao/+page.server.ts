import { CampaignsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const { campaigns, currentCampaign } = await gql(event, CampaignsDocument);
  return {
    campaigns: campaigns.filter((c) => c.status !== 'DRAFT'),
    currentCode: currentCampaign?.code ?? null,
  };
};
