import { redirect } from '@sveltejs/kit';
import { CreateCampaignDocument, OrgCampaignsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCampaignManager } from '$lib/server/access';
import { apiFailure, localFailure } from '$lib/server/forms';
import { campaignForm } from './campaign-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCampaignManager(event.locals);
  const { campaigns } = await gql(event, OrgCampaignsDocument);
  return { campaigns };
};

export const actions: Actions = {
  create: async (event) => {
    requireCampaignManager(event.locals);
    const { values, input, errors } = campaignForm(await event.request.formData());
    if (!input) return localFailure('create', errors, values);
    let id: string;
    try {
      id = (await gql(event, CreateCampaignDocument, { input })).createCampaign.id;
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
    redirect(303, `/thiet-lap/dot-phat-dong/${id}`);
  },
};
