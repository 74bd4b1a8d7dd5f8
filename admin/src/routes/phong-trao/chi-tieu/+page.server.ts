import {
  MovementPeriodsDocument,
  MovementTargetsDocument,
  SetMovementTargetDocument,
  TargetProgressDocument,
  type TargetInput,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { AREA_TYPES, TARGET_METRICS, UNIT_KINDS } from '$lib/i18n';
import { periodFrom } from '$lib/movement';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const period = periodFrom(event.url.searchParams);
  const [periods, targets, progress] = await Promise.all([
    gql(event, MovementPeriodsDocument),
    gql(event, MovementTargetsDocument, { period }),
    gql(event, TargetProgressDocument, { period }),
  ]);
  return {
    period,
    phases: periods.currentCampaign?.phases ?? [],
    targets: targets.movementTargets,
    fields: targets.fields,
    groups: targets.participantGroups,
    units: targets.units,
    progress: progress.targetProgress,
  };
};

const SCOPES = ['commune', 'default', 'unit', 'field', 'group'] as const;

/** The target a form names: its period, scope and metric (value null removes it). */
function targetOf(data: FormData, url: URL): { input: TargetInput | null; scope: string | null } {
  const period = periodFrom(url.searchParams);
  const scope = oneOf(textOf(data, 'scope'), SCOPES);
  const metric = oneOf(textOf(data, 'metric'), TARGET_METRICS);
  if (!scope || !metric) return { input: null, scope };
  const raw = textOf(data, 'value').replace(',', '.');
  const input: TargetInput = {
    year: period.year,
    phaseId: period.phaseId,
    metric,
    value: raw === '' ? null : Number(raw),
  };
  if (scope === 'default') {
    input.unitKind = oneOf(textOf(data, 'unitKind'), UNIT_KINDS);
    input.areaType = oneOf(textOf(data, 'areaType'), AREA_TYPES);
  } else if (scope === 'unit') input.unitId = textOf(data, 'unitId') || null;
  else if (scope === 'field') input.fieldId = textOf(data, 'fieldId') || null;
  else if (scope === 'group') input.participantGroupId = textOf(data, 'participantGroupId') || null;
  return { input, scope };
}

export const actions: Actions = {
  set: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
    const { input } = targetOf(data, event.url);
    if (!input) return localFailure('set', { scope: t('targets.chooseScope') }, values);
    if (input.value === null || Number.isNaN(input.value))
      return localFailure('set', { value: t('targets.valueHint') }, values);
    try {
      await gql(event, SetMovementTargetDocument, { input });
      return { form: 'set', message: t('targets.saved') };
    } catch (err) {
      return apiFailure(err, 'set', values, event.url.pathname);
    }
  },

  remove: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const { input } = targetOf(data, event.url);
    if (!input) return localFailure('remove', { scope: t('targets.chooseScope') });
    try {
      await gql(event, SetMovementTargetDocument, { input: { ...input, value: null } });
      return { form: 'remove', message: t('targets.removed') };
    } catch (err) {
      return apiFailure(err, 'remove', {}, event.url.pathname);
    }
  },
};
