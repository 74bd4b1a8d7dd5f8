import { error } from '@sveltejs/kit';
import { CampaignDetailDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { translator } from '$lib/i18n';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const { campaign, units } = await gql(event, CampaignDetailDocument, {
    code: event.params.code,
  });
  if (!campaign) error(404, { message: translator(event.locals.lang)('campaign.notFound') });
  // Where to bring an idea in person: units with an open reception point, villages first.
  const points = units
    .filter((u) => u.receptionPoints.length)
    .sort((a, b) => Number(b.kind === 'VILLAGE') - Number(a.kind === 'VILLAGE'));
  return { campaign, points };
};
