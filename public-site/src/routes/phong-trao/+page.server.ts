import { CampaignsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { campaigns, currentCampaign } = await gql(event, CampaignsDocument);
  return {
    campaigns: campaigns.filter((c) => c.status !== 'DRAFT'),
    currentCode: currentCampaign?.code ?? null,
  };
};
