import { error } from '@sveltejs/kit';
import {
  DeleteMovementActivityDocument,
  ProposePilotReportDocument,
  RaiseUnitRequestDocument,
  RecordMovementActivityDocument,
  SaveUnitPlanDocument,
  ScoreboardDocument,
  SubmitUnitIdeaDocument,
  TargetProgressDocument,
  UnitPilotUpdateDocument,
  UnitWorkspaceDocument,
  type PilotRecommendation,
} from '$lib/gql/graphql';
import { ApiError } from '@khoi-nguon/schema/client';
import { gql, upload } from '$lib/server/graphql';
import { requireUnitHead } from '$lib/server/access';
import { apiFailure, filesOf, localFailure, oneOf, textOf, textsOf } from '$lib/server/forms';
import {
  ACTIVITY_KINDS,
  PILOT_RECOMMENDATIONS,
  PLAN_STATUSES,
  UNIT_REQUEST_KINDS,
} from '$lib/i18n';
import { isoDay } from '$lib/follow-up';
import { currentYear } from '$lib/movement';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function unitOf(event: Pick<RequestEvent, 'locals'>): { id: string; name: string } {
  requireUnitHead(event.locals);
  const unit = event.locals.viewer?.unit;
  if (!unit) error(403, { message: t('myUnit.noUnit'), code: 'FORBIDDEN' });
  return unit;
}

/** A unit head's workspace: the unit's plan, targets, activities, pilots, requests and ideas. */
export const load: PageServerLoad = async (event) => {
  const unit = unitOf(event);
  const year = currentYear();
  const period = { year };
  const [work, progress, board] = await Promise.all([
    gql(event, UnitWorkspaceDocument, {
      unitId: unit.id,
      year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    }),
    gql(event, TargetProgressDocument, { period, unitId: unit.id }),
    gql(event, ScoreboardDocument, { period }),
  ]);
  return {
    unit,
    year,
    plan: work.unitPlans.find((p) => p.unit.id === unit.id) ?? null,
    points: work.receptionPoints,
    activities: work.movementActivities,
    requests: work.unitRequests,
    pilots: work.hostedPilots,
    fields: work.fields,
    groups: work.participantGroups,
    progress: progress.targetProgress.units.find((u) => u.unit.id === unit.id) ?? null,
    periodLabel: progress.targetProgress.period.label,
    score: board.scoreboard.rows[0] ?? null,
    unitCount: board.scoreboard.unitCount,
  };
};

const valuesOf = (data: FormData) =>
  Object.fromEntries(
    [...data.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)]),
  );

export const actions: Actions = {
  plan: async (event) => {
    const unit = unitOf(event);
    const data = await event.request.formData();
    const values = valuesOf(data);
    const documentDate = values.documentDate ? isoDay(values.documentDate) : null;
    if (values.documentDate && !documentDate)
      return localFailure('plan', { documentDate: t('myUnit.plan.date') }, values);
    let fileId: string | null = null;
    const [file] = filesOf(data, 'file');
    if (file) {
      try {
        fileId = (await upload(event, file, 'PLAN_DOCUMENT')).id;
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        return localFailure('plan', { fileId: err.message }, values);
      }
    }
    try {
      await gql(event, SaveUnitPlanDocument, {
        input: {
          unitId: unit.id,
          year: Number(values.year) || currentYear(),
          status: oneOf(values.status ?? null, PLAN_STATUSES) ?? 'DRAFT',
          documentNumber: values.documentNumber || null,
          documentDate,
          fileId,
          ownTargets: values.ownTargets || null,
          receptionPointId: values.receptionPointId || null,
        },
      });
      return { form: 'plan', message: t('myUnit.plan.saved') };
    } catch (err) {
      return apiFailure(err, 'plan', values, event.url.pathname);
    }
  },

  activity: async (event) => {
    const unit = unitOf(event);
    const data = await event.request.formData();
    const values = valuesOf(data);
    const heldOn = isoDay(values.heldOn);
    if (!heldOn) return localFailure('activity', { heldOn: t('myUnit.activity.heldOn') }, values);
    const photoIds: string[] = [];
    for (const photo of filesOf(data, 'photos')) {
      try {
        photoIds.push((await upload(event, photo, 'ACTIVITY_PHOTO')).id);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        return localFailure('activity', { photoIds: err.message }, values);
      }
    }
    try {
      await gql(event, RecordMovementActivityDocument, {
        input: {
          unitId: unit.id,
          kind: oneOf(values.kind ?? null, ACTIVITY_KINDS) ?? 'OTHER',
          title: values.title ?? '',
          heldOn,
          audience: Number(values.audience),
          notes: values.notes || null,
          photoIds,
        },
      });
      return { form: 'activity', message: t('myUnit.activity.saved') };
    } catch (err) {
      return apiFailure(err, 'activity', values, event.url.pathname);
    }
  },

  deleteActivity: async (event) => {
    unitOf(event);
    const id = textOf(await event.request.formData(), 'id');
    try {
      await gql(event, DeleteMovementActivityDocument, { id });
      return { form: 'activity', message: t('myUnit.activity.deleted') };
    } catch (err) {
      return apiFailure(err, 'activity', {}, event.url.pathname);
    }
  },

  pilotUpdate: async (event) => {
    unitOf(event);
    const data = await event.request.formData();
    const pilotId = textOf(data, 'pilotId');
    const values = valuesOf(data);
    const names = textsOf(data, 'indicator');
    const units = textsOf(data, 'indicatorUnit');
    const baselines = textsOf(data, 'baseline');
    const targets = textsOf(data, 'target');
    const actuals = textsOf(data, 'actual');
    const indicators = names.map((name, i) => ({
      name,
      unit: units[i] ?? '',
      baseline: Number(baselines[i]),
      target: Number(targets[i]),
      actual: actuals[i]?.trim() ? Number(actuals[i]!.replace(',', '.')) : null,
    }));
    try {
      if (textOf(data, 'report') === '1') {
        await gql(event, ProposePilotReportDocument, {
          pilotId,
          input: {
            results: values.results ?? '',
            recommendation: (oneOf(values.recommendation ?? null, PILOT_RECOMMENDATIONS) ??
              'APPLY') as PilotRecommendation,
            indicators,
            programmes: [],
          },
        });
        return { form: `pilot-${pilotId}`, message: t('myUnit.pilot.reported') };
      }
      await gql(event, UnitPilotUpdateDocument, {
        pilotId,
        note: values.note ?? '',
        values: indicators.filter((i) => i.actual !== null),
      });
      return { form: `pilot-${pilotId}`, message: t('myUnit.pilot.updated') };
    } catch (err) {
      return apiFailure(err, `pilot-${pilotId}`, values, event.url.pathname);
    }
  },

  request: async (event) => {
    const unit = unitOf(event);
    const data = await event.request.formData();
    const values = valuesOf(data);
    try {
      await gql(event, RaiseUnitRequestDocument, {
        input: {
          unitId: unit.id,
          kind: oneOf(values.kind ?? null, UNIT_REQUEST_KINDS) ?? 'SUPPORT',
          subject: values.subject ?? '',
          body: values.body ?? '',
        },
      });
      return { form: 'request', message: t('requests.sent') };
    } catch (err) {
      return apiFailure(err, 'request', values, event.url.pathname);
    }
  },

  idea: async (event) => {
    unitOf(event);
    const data = await event.request.formData();
    const values = valuesOf(data);
    try {
      const r = await gql(event, SubmitUnitIdeaDocument, {
        input: {
          title: values.title ?? '',
          problem: values.problem ?? '',
          solution: values.solution ?? '',
          benefit: values.benefit ?? '',
          fieldIds: textsOf(data, 'fieldIds'),
          participantGroupId: values.participantGroupId || null,
          publishContent: values.publishContent === '1',
        },
      });
      return {
        form: 'idea',
        message: t('myUnit.idea.sent', { code: r.submitUnitIdea.trackingCode }),
      };
    } catch (err) {
      return apiFailure(err, 'idea', values, event.url.pathname);
    }
  },
};
