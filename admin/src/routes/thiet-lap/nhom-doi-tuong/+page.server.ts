import { ParticipantGroupsAdminDocument, SaveParticipantGroupDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCampaignManager } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCampaignManager(event.locals);
  const { participantGroups } = await gql(event, ParticipantGroupsAdminDocument);
  return { groups: participantGroups };
};

export const actions: Actions = {
  save: async (event) => {
    requireCampaignManager(event.locals);
    const data = await event.request.formData();
    const values = {
      id: textOf(data, 'id'),
      name: textOf(data, 'name'),
      nameEn: textOf(data, 'nameEn'),
      active: textOf(data, 'active'),
    };
    const form = values.id ? `save-${values.id}` : 'add';
    try {
      const r = await gql(event, SaveParticipantGroupDocument, {
        id: values.id || null,
        name: values.name,
        nameEn: values.nameEn || null,
        active: values.active === '' ? null : values.active === '1',
      });
      return { form, message: t('groups.saved', { name: r.saveParticipantGroup.name }) };
    } catch (err) {
      return apiFailure(err, form, values, event.url.pathname);
    }
  },
};
