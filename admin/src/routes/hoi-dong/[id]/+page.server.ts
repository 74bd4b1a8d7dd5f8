import { error } from '@sveltejs/kit';
import {
  CouncilDocument,
  CouncilFormOptionsDocument,
  UpdateCouncilDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure } from '$lib/server/forms';
import { readCouncilForm } from '$lib/server/council-form';
import { accountOptions, councilValues } from '$lib/council';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const [{ council }, options] = await Promise.all([
    gql(event, CouncilDocument, { id: event.params.id }),
    gql(event, CouncilFormOptionsDocument),
  ]);
  if (!council) error(404, { message: t('server.council.notFound') });
  return {
    council,
    created: event.url.searchParams.has('da-thanh-lap'),
    campaigns: options.campaigns,
    fields: options.fields,
    accounts: accountOptions(options.councilAccounts, options.staffMembers, council.members),
    values: councilValues(council),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireHub(event.locals);
    const { values, input, errors } = await readCouncilForm(event, await event.request.formData());
    if (!input) return localFailure('council', errors, values);
    try {
      await gql(event, UpdateCouncilDocument, { id: event.params.id, input });
      return { form: 'council', message: t('server.council.saved') };
    } catch (err) {
      return apiFailure(err, 'council', values, event.url.pathname);
    }
  },
};
