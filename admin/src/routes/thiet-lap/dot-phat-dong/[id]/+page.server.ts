import { error } from '@sveltejs/kit';
import {
  OrgCampaignDocument,
  SetCampaignPhasesDocument,
  SetCurrentPhaseDocument,
  UpdateCampaignDocument,
  type PhaseKind,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCampaignManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { isoDay } from '$lib/follow-up';
import { PHASE_KINDS } from '$lib/i18n';
import { campaignForm } from '../campaign-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCampaignManager(event.locals);
  const { campaignById } = await gql(event, OrgCampaignDocument, { id: event.params.id });
  if (!campaignById) error(404, { message: 'Không tìm thấy phong trào.', code: 'NOT_FOUND' });
  return { campaign: campaignById };
};

export const actions: Actions = {
  update: async (event) => {
    requireCampaignManager(event.locals);
    const { values, input, errors } = campaignForm(await event.request.formData());
    if (!input) return localFailure('update', errors, values);
    try {
      await gql(event, UpdateCampaignDocument, { id: event.params.id, input });
      return { form: 'update', message: 'Đã lưu phong trào.' };
    } catch (err) {
      return apiFailure(err, 'update', values, event.url.pathname);
    }
  },

  phases: async (event) => {
    requireCampaignManager(event.locals);
    const data = await event.request.formData();
    const column = (name: string) =>
      data.getAll(name).map((v) => (typeof v === 'string' ? v.trim() : ''));
    const ids = column('phaseId');
    const kinds = column('phaseKind');
    const names = column('phaseName');
    const namesEn = column('phaseNameEn');
    const starts = column('phaseStartsOn');
    const ends = column('phaseEndsOn');
    const rows = ids.map((id, i) => ({
      id,
      kind: kinds[i] ?? '',
      name: names[i] ?? '',
      nameEn: namesEn[i] ?? '',
      startsOn: starts[i] ?? '',
      endsOn: ends[i] ?? '',
    }));
    const errors: Record<string, string> = {};
    const phases = rows.map((r, i) => {
      const kind = oneOf<PhaseKind>(r.kind, PHASE_KINDS);
      const startsOn = isoDay(r.startsOn);
      const endsOn = isoDay(r.endsOn);
      if (!kind) errors[`phases.${i}.kind`] = 'Vui lòng chọn loại giai đoạn.';
      if (!startsOn) errors[`phases.${i}.startsOn`] = 'Ngày bắt đầu không hợp lệ (dd/mm/yyyy).';
      if (!endsOn) errors[`phases.${i}.endsOn`] = 'Ngày kết thúc không hợp lệ (dd/mm/yyyy).';
      return {
        id: r.id || null,
        kind: kind!,
        name: r.name,
        nameEn: r.nameEn,
        startsOn: startsOn!,
        endsOn: endsOn!,
      };
    });
    if (Object.keys(errors).length) return localFailure('phases', errors, { rows });
    try {
      await gql(event, SetCampaignPhasesDocument, { campaignId: event.params.id, phases });
      return { form: 'phases', message: 'Đã lưu các giai đoạn.' };
    } catch (err) {
      return apiFailure(err, 'phases', { rows }, event.url.pathname);
    }
  },

  current: async (event) => {
    requireCampaignManager(event.locals);
    const phaseId = textOf(await event.request.formData(), 'phaseId') || null;
    try {
      await gql(event, SetCurrentPhaseDocument, { campaignId: event.params.id, phaseId });
      return { form: 'current', message: 'Đã lưu giai đoạn hiện tại.' };
    } catch (err) {
      return apiFailure(err, 'current', { phaseId }, event.url.pathname);
    }
  },
};
