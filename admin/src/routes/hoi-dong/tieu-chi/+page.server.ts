import { error } from '@sveltejs/kit';
import { RubricsDocument, SetRubricDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

/** One criterion as typed in the editor. */
interface CriterionRow {
  code: string;
  name: string;
  description: string;
  weight: string;
  scaleMax: string;
}

const ROW = /^criteria\.(\d+)\.name$/;

function rowsOf(data: FormData): CriterionRow[] {
  const indexes = [
    ...new Set(
      [...data.keys()]
        .map((k) => ROW.exec(k)?.[1])
        .filter((i): i is string => i !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  return indexes
    .map((i) => ({
      code: textOf(data, `criteria.${i}.code`),
      name: textOf(data, `criteria.${i}.name`),
      description: textOf(data, `criteria.${i}.description`),
      weight: textOf(data, `criteria.${i}.weight`),
      scaleMax: textOf(data, `criteria.${i}.scaleMax`),
    }))
    .filter((r) => r.name || r.description || r.weight);
}

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const { campaigns } = await gql(event, RubricsDocument);
  const wanted = event.url.searchParams.get('phong-trao');
  const campaign =
    campaigns.find((c) => c.id === wanted) ??
    campaigns.find((c) => c.status === 'ACTIVE') ??
    campaigns[0];
  if (!campaign) error(404, { message: t('server.rubric.noCampaign') });
  return {
    campaigns: campaigns.map((c) => ({ id: c.id, title: c.title })),
    campaign,
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const campaignId = textOf(data, 'campaignId');
    const rows = rowsOf(data);
    const values = { campaignId, criteria: rows };
    const errors: Record<string, string> = {};
    if (!rows.length) errors.criteria = t('server.rubric.criteria');
    const criteria = rows.map((r, i) => {
      const weight = Number(r.weight.replace(',', '.'));
      const scaleMax = Number(r.scaleMax || '10');
      if (!r.weight || !Number.isFinite(weight))
        errors[`criteria.${i}.weight`] = t('server.rubric.weight');
      if (!Number.isInteger(scaleMax)) errors[`criteria.${i}.scaleMax`] = t('server.rubric.scale');
      return {
        code: r.code || null,
        name: r.name,
        description: r.description || null,
        weight,
        scaleMax,
      };
    });
    if (Object.keys(errors).length) return localFailure('rubric', errors, values);
    try {
      await gql(event, SetRubricDocument, { campaignId, criteria });
      return { form: 'rubric', message: t('server.rubric.saved') };
    } catch (err) {
      return apiFailure(err, 'rubric', values, event.url.pathname + event.url.search);
    }
  },
};
