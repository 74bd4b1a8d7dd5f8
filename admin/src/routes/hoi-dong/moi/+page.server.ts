import { redirect } from '@sveltejs/kit';
import { CouncilFormOptionsDocument, CreateCouncilDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure } from '$lib/server/forms';
import { readCouncilForm } from '$lib/server/council-form';
import { accountOptions, emptyCouncil } from '$lib/council';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const options = await gql(event, CouncilFormOptionsDocument);
  const current = options.campaigns.find((c) => c.status === 'ACTIVE') ?? options.campaigns[0];
  return {
    campaigns: options.campaigns,
    fields: options.fields,
    accounts: accountOptions(options.councilAccounts, options.staffMembers),
    values: emptyCouncil(current?.id ?? ''),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireHub(event.locals);
    const { values, input, errors } = await readCouncilForm(event, await event.request.formData());
    if (!input) return localFailure('council', errors, values);
    let id: string;
    try {
      ({
        createCouncil: { id },
      } = await gql(event, CreateCouncilDocument, { input }));
    } catch (err) {
      return apiFailure(err, 'council', values, event.url.pathname);
    }
    redirect(303, `/hoi-dong/${id}?da-thanh-lap=1`);
  },
};
