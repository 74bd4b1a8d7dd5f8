/**
 * What follows the decisions (§III.3–III.5): working on the support plan, following the pilot and
 * recording adoptions. Spread into the Hỗ trợ & thử nghiệm tab's actions; field errors keep the
 * API's paths, except rows, renamed to the rows the staff member sees (see $lib/form-rows).
 */
import {
  AddPilotUpdateDocument,
  AddSupportTaskDocument,
  CompleteSupportDocument,
  IdeaFollowUpDocument,
  RecordAdoptionDocument,
  ReportPilotDocument,
  ReviseIdeaInSupportDocument,
  SendIdeaMessageDocument,
  SetSupportTaskDoneDocument,
  type AdoptionKind,
  type IndicatorInput,
  type PilotRecommendation,
  type Programme,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { apiFailure, localFailure, oneOf, textOf, textsOf } from '$lib/server/forms';
import { readAdoption, renamed, type IdeaEvent } from '$lib/server/idea-forms';
import { ADOPTION_KINDS, PILOT_RECOMMENDATIONS, PROGRAMMES } from '$lib/i18n';
import { dueOn, parseDate } from '$lib/dates';
import { parseDecimal } from '$lib/indicators';
import { t } from '$lib/messages';

/** The pilot of this idea (its indicators define what updates and the report measure). */
async function pilotOf(event: IdeaEvent, pilotId: string) {
  const { idea } = await gql(event, IdeaFollowUpDocument, { id: event.params.id });
  return idea?.pilots.find((p) => p.id === pilotId) ?? null;
}

/** One measured value per pilot indicator, typed in `<prefix>` fields in the indicators' order. */
function readValues(
  data: FormData,
  prefix: string,
  indicators: readonly { name: string; unit: string; baseline: number; target: number }[],
  errors: Record<string, string>,
): { typed: string[]; values: IndicatorInput[]; indexes: number[] } {
  const typed = data.getAll(prefix).map((v) => (typeof v === 'string' ? v.trim() : ''));
  const values: IndicatorInput[] = [];
  const indexes: number[] = [];
  indicators.forEach((ind, k) => {
    const text = typed[k] ?? '';
    if (!text) return;
    const actual = parseDecimal(text);
    if (actual === null) {
      errors[`${prefix}.${k}`] = t('server.form.number');
      return;
    }
    values.push({
      name: ind.name,
      unit: ind.unit,
      baseline: ind.baseline,
      target: ind.target,
      actual,
    });
    indexes.push(k);
  });
  return { typed, values, indexes };
}

export const supportActions = {
  /** Another unit applies or scales an applied idea (the first scaling moves it to SCALED). */
  recordAdoption: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const a = readAdoption(data);
    const kind = oneOf<AdoptionKind>(textOf(data, 'kind'), ADOPTION_KINDS);
    const values = { ...a.values, kind: kind ?? '' };
    if (!kind) a.errors.kind = t('server.support.adoptionKind');
    if (Object.keys(a.errors).length) return localFailure('recordAdoption', a.errors, values);
    try {
      await gql(event, RecordAdoptionDocument, {
        ideaId: event.params.id,
        kind: kind!,
        input: a.input,
      });
      return {
        form: 'recordAdoption',
        message:
          kind === 'SCALED'
            ? t('server.support.scaledRecorded')
            : t('server.support.appliedRecorded'),
      };
    } catch (err) {
      return apiFailure(renamed(err, a.renames), 'recordAdoption', values, event.url.pathname);
    }
  },

  addSupportTask: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = {
      planId: textOf(data, 'planId'),
      title: textOf(data, 'title'),
      dueAt: textOf(data, 'dueAt'),
    };
    let dueAt: string | null = null;
    if (values.dueAt) {
      const date = parseDate(values.dueAt);
      if (!date) return localFailure('addSupportTask', { dueAt: t('server.form.badDate') }, values);
      dueAt = dueOn(date).toISOString();
    }
    try {
      await gql(event, AddSupportTaskDocument, {
        planId: values.planId,
        title: values.title,
        dueAt,
      });
      return { form: 'addSupportTask', message: t('server.support.taskAdded') };
    } catch (err) {
      return apiFailure(err, 'addSupportTask', values, event.url.pathname);
    }
  },

  setSupportTaskDone: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const done = textOf(data, 'done') === 'true';
    try {
      await gql(event, SetSupportTaskDoneDocument, { taskId: textOf(data, 'taskId'), done });
      return {
        form: 'setSupportTaskDone',
        message: done ? t('server.support.taskDone') : t('server.support.taskUndone'),
      };
    } catch (err) {
      return apiFailure(err, 'setSupportTaskDone', undefined, event.url.pathname);
    }
  },

  /** A new version of the content worked out with the author (the revision diff shows it). */
  reviseInSupport: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = {
      planId: textOf(data, 'planId'),
      title: textOf(data, 'title'),
      problem: textOf(data, 'problem'),
      solution: textOf(data, 'solution'),
      benefit: textOf(data, 'benefit'),
      requirements: textOf(data, 'requirements'),
      note: textOf(data, 'note'),
    };
    if (!values.note)
      return localFailure('reviseInSupport', { note: t('server.support.revisionNote') }, values);
    try {
      const { reviseIdeaInSupport } = await gql(event, ReviseIdeaInSupportDocument, {
        planId: values.planId,
        input: {
          title: values.title || null,
          problem: values.problem || null,
          solution: values.solution || null,
          benefit: values.benefit || null,
          requirements: values.requirements || null,
          note: values.note,
        },
      });
      return {
        form: 'reviseInSupport',
        message: t('server.support.revised', { n: reviseIdeaInSupport.revision }),
      };
    } catch (err) {
      return apiFailure(err, 'reviseInSupport', values, event.url.pathname);
    }
  },

  /** Support is done: the idea goes (back) to a council, the author is told. */
  completeSupport: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = {
      planId: textOf(data, 'planId'),
      councilId: textOf(data, 'councilId'),
      message: textOf(data, 'message'),
    };
    try {
      await gql(event, CompleteSupportDocument, {
        planId: values.planId,
        councilId: values.councilId || null,
        message: values.message || null,
      });
      return {
        form: 'completeSupport',
        message: t('server.support.completed'),
      };
    } catch (err) {
      return apiFailure(err, 'completeSupport', values, event.url.pathname);
    }
  },

  /** A note of the support to the author: it goes into the thread and by email/SMS. */
  supportNote: async (event: IdeaEvent) => {
    const body = textOf(await event.request.formData(), 'body');
    if (!body) return localFailure('supportNote', { body: t('server.support.noteBody') });
    try {
      await gql(event, SendIdeaMessageDocument, { ideaId: event.params.id, body });
      return { form: 'supportNote', message: t('server.support.noteSent') };
    } catch (err) {
      return apiFailure(err, 'supportNote', { body }, event.url.pathname);
    }
  },

  /** Progress of a running pilot, with the indicators measured so far. */
  addPilotUpdate: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const pilotId = textOf(data, 'pilotId');
    const note = textOf(data, 'note');
    const pilot = await pilotOf(event, pilotId);
    if (!pilot) return localFailure('addPilotUpdate', {}, { note }, t('server.support.noPilot'));
    const errors: Record<string, string> = {};
    const read = readValues(data, 'values', pilot.indicators, errors);
    const values = { pilotId, note, values: read.typed };
    if (Object.keys(errors).length) return localFailure('addPilotUpdate', errors, values);
    try {
      await gql(event, AddPilotUpdateDocument, { pilotId, note, values: read.values });
      return { form: 'addPilotUpdate', message: t('server.support.pilotUpdated') };
    } catch (err) {
      return apiFailure(
        renamed(err, [['values', 'values', read.indexes]]),
        'addPilotUpdate',
        values,
        event.url.pathname,
      );
    }
  },

  /** The final report: apply, scale (the host unit adopts it) or stop (archived). */
  reportPilot: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const pilotId = textOf(data, 'pilotId');
    const pilot = await pilotOf(event, pilotId);
    const values = {
      pilotId,
      results: textOf(data, 'results'),
      recommendation: textOf(data, 'recommendation'),
      programmes: textsOf(data, 'programmes'),
      finals: data.getAll('finals').map((v) => (typeof v === 'string' ? v.trim() : '')),
    };
    if (!pilot) return localFailure('reportPilot', {}, values, t('server.support.noPilot'));
    const errors: Record<string, string> = {};
    const recommendation = oneOf<PilotRecommendation>(values.recommendation, PILOT_RECOMMENDATIONS);
    if (!recommendation) errors.recommendation = t('server.support.recommendation');
    const read = readValues(data, 'finals', pilot.indicators, errors);
    if (Object.keys(errors).length) return localFailure('reportPilot', errors, values);
    // Indicators without a final value are kept, without one.
    const measured = new Map(read.values.map((v) => [v.name, v.actual]));
    const indicators = read.values.length
      ? pilot.indicators.map((i) => ({
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          target: i.target,
          actual: measured.get(i.name) ?? null,
        }))
      : [];
    try {
      await gql(event, ReportPilotDocument, {
        pilotId,
        input: {
          results: values.results,
          recommendation: recommendation!,
          indicators,
          programmes: values.programmes.filter((p): p is Programme =>
            PROGRAMMES.includes(p as Programme),
          ),
        },
      });
      return {
        form: 'reportPilot',
        message:
          recommendation === 'STOP'
            ? t('server.support.reportedArchived')
            : t('server.support.reportedApplied'),
      };
    } catch (err) {
      return apiFailure(
        renamed(err, [['indicators', 'finals', pilot.indicators.map((_, k) => k)]]),
        'reportPilot',
        values,
        event.url.pathname,
      );
    }
  },
};
