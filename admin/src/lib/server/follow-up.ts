/**
 * The idea page after triage (§III.3–III.5): starting support, a pilot or an adoption, working on
 * the support plan, following the pilot, recording adoptions and honouring the idea. The actions
 * are spread into the page's `actions`; field errors keep the API's paths, except rows, which are
 * renamed to the rows the staff member sees (see $lib/form-rows).
 */
import type { RequestEvent } from '@sveltejs/kit';
import {
  AddPilotUpdateDocument,
  AddSupportTaskDocument,
  CompleteSupportDocument,
  FollowUpUnitsDocument,
  HonourIdeaDocument,
  IdeaFollowUpDocument,
  RecordAdoptionDocument,
  ReportPilotDocument,
  ReviseIdeaInSupportDocument,
  SendIdeaMessageDocument,
  SetSupportTaskDoneDocument,
  SupportCouncilChoicesDocument,
  TransitionIdeaDocument,
  type AdoptionInput,
  type AdoptionKind,
  type FundingSource,
  type IndicatorInput,
  type PilotRecommendation,
  type Programme,
  type TransitionIdeaInput,
} from '$lib/gql/graphql';
import { ApiError, gql } from './graphql';
import { apiFailure, localFailure, textOf, textsOf, oneOf } from './forms';
import {
  ADOPTION_KINDS,
  FUNDING_SOURCES,
  PILOT_RECOMMENDATIONS,
  PROGRAMMES,
  STATUS,
} from '$lib/i18n';
import { dueOn, parseDate } from '$lib/dates';
import { parseMoney } from '$lib/money';
import { parseDecimal } from '$lib/indicators';
import { filledRows, remapRowErrors, rowsOf, type Row } from '$lib/form-rows';
import { isoDay, linesOf } from '$lib/follow-up';

type IdeaEvent = RequestEvent<{ id: string }>;

/** What the idea page shows after triage; the hub also gets the units and councils to choose. */
export async function loadFollowUp(event: IdeaEvent, hub: boolean) {
  const [{ idea }, units] = await Promise.all([
    gql(event, IdeaFollowUpDocument, { id: event.params.id }),
    hub ? gql(event, FollowUpUnitsDocument) : Promise.resolve({ units: [] }),
  ]);
  const supporting = Boolean(idea?.supportPlans?.some((p) => p.status === 'ACTIVE'));
  const councils =
    hub && supporting
      ? (await gql(event, SupportCouncilChoicesDocument)).councils.filter((c) => c.active)
      : [];
  return { followUp: idea, followUpUnits: units.units, supportCouncils: councils };
}

/** The API's refusal with its row errors renamed to the form's rows. */
function renamed(err: unknown, renames: [from: string, to: string, indexes: number[]][]): unknown {
  if (!(err instanceof ApiError)) return err;
  let errors = err.fieldErrors;
  for (const [from, to, indexes] of renames) errors = remapRowErrors(errors, from, to, indexes);
  return new ApiError(err.message, err.code, errors, err.status);
}

const INDICATOR_COLUMNS = ['name', 'unit', 'baseline', 'target', 'actual'] as const;
type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/**
 * Indicator rows (pilot indicators, adoption measurements): numbers typed the Vietnamese way;
 * `withActual` reads the measured value too.
 */
function readIndicators(
  data: FormData,
  prefix: string,
  withActual: boolean,
  errors: Record<string, string>,
): { rows: Row<IndicatorColumn>[]; input: IndicatorInput[]; indexes: number[] } {
  const rows = rowsOf(data, prefix, INDICATOR_COLUMNS);
  const filled = filledRows(rows, ['name', 'unit', 'baseline', 'target', 'actual']);
  const input: IndicatorInput[] = [];
  for (const { row, index } of filled) {
    const number = (col: 'baseline' | 'target' | 'actual', required: boolean) => {
      if (!row[col]) {
        if (required) errors[`${prefix}.${index}.${col}`] = 'Vui lòng nhập giá trị.';
        return null;
      }
      const n = parseDecimal(row[col]);
      if (n === null) errors[`${prefix}.${index}.${col}`] = 'Nhập một số, ví dụ 12 hoặc 12,5.';
      return n;
    };
    const baseline = number('baseline', true);
    const target = number('target', true);
    const actual = withActual ? number('actual', false) : null;
    input.push({
      name: row.name,
      unit: row.unit,
      baseline: baseline ?? 0,
      target: target ?? 0,
      actual,
    });
  }
  return { rows, input, indexes: filled.map((f) => f.index) };
}

/** The adopting unit, date, results, measurements and programmes (decision and later records). */
function readAdoption(data: FormData) {
  const errors: Record<string, string> = {};
  const measurements = readIndicators(data, 'measurements', true, errors);
  const values = {
    unitId: textOf(data, 'unitId'),
    adoptedOn: textOf(data, 'adoptedOn'),
    results: textOf(data, 'results'),
    programmes: textsOf(data, 'programmes'),
    measurements: measurements.rows,
  };
  const adoptedOn = isoDay(values.adoptedOn);
  if (!values.unitId) errors['adoption.unitId'] = 'Chọn đơn vị ứng dụng, nhân rộng.';
  if (!adoptedOn) errors['adoption.adoptedOn'] = 'Ngày không hợp lệ (dd/mm/yyyy).';
  const input: AdoptionInput = {
    unitId: values.unitId,
    adoptedOn: adoptedOn ?? '',
    results: values.results,
    measurements: measurements.input,
    programmes: values.programmes.filter((p): p is Programme =>
      PROGRAMMES.includes(p as Programme),
    ),
  };
  return {
    values,
    errors,
    input,
    renames: [['adoption.measurements', 'measurements', measurements.indexes]] as [
      string,
      string,
      number[],
    ][],
  };
}

/** A decision of the idea page: moves it and announces the new step at the top of the page. */
async function decide(
  event: IdeaEvent,
  form: string,
  input: TransitionIdeaInput,
  values: Record<string, unknown>,
  renames: [string, string, number[]][] = [],
) {
  try {
    await gql(event, TransitionIdeaDocument, { input });
    return { form, message: `Đã chuyển ý tưởng sang "${STATUS[input.to]}".` };
  } catch (err) {
    return apiFailure(renamed(err, renames), form, values, event.url.pathname);
  }
}

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
      errors[`${prefix}.${k}`] = 'Nhập một số, ví dụ 12 hoặc 12,5.';
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

export const followUpActions = {
  /** ACCEPTED → IN_SUPPORT: an expert or a unit helps the author, with a goal and first tasks. */
  startSupport: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = {
      expertId: textOf(data, 'expertId'),
      unitId: textOf(data, 'unitId'),
      goal: textOf(data, 'goal'),
      tasks: textOf(data, 'tasks'),
      message: textOf(data, 'message'),
      internalNote: textOf(data, 'internalNote'),
      dueAt: textOf(data, 'dueAt'),
    };
    const errors: Record<string, string> = {};
    const input: TransitionIdeaInput = {
      ideaId: event.params.id,
      to: 'IN_SUPPORT',
      message: values.message || null,
      internalNote: values.internalNote || null,
      support: {
        expertId: values.expertId || null,
        unitId: values.unitId || null,
        goal: values.goal,
        tasks: linesOf(values.tasks),
      },
    };
    if (values.dueAt) {
      const date = parseDate(values.dueAt);
      if (!date) errors.dueAt = 'Ngày không hợp lệ (dd/mm/yyyy).';
      else input.dueAt = dueOn(date).toISOString();
    }
    if (Object.keys(errors).length) return localFailure('startSupport', errors, values);
    return decide(event, 'startSupport', input, values);
  },

  /** RECOMMENDED → PILOTING: host unit, scope, dates, budget lines and indicators. */
  startPilot: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const errors: Record<string, string> = {};
    const budgetRows = rowsOf(data, 'budget', ['item', 'amount', 'source'] as const);
    const budget = filledRows(budgetRows, ['item', 'amount']);
    const indicators = readIndicators(data, 'indicators', false, errors);
    const values = {
      hostUnitId: textOf(data, 'hostUnitId'),
      scope: textOf(data, 'scope'),
      startsOn: textOf(data, 'startsOn'),
      endsOn: textOf(data, 'endsOn'),
      message: textOf(data, 'message'),
      internalNote: textOf(data, 'internalNote'),
      budget: budgetRows,
      indicators: indicators.rows,
    };
    const startsOn = isoDay(values.startsOn);
    const endsOn = isoDay(values.endsOn);
    if (!values.hostUnitId) errors['pilot.hostUnitId'] = 'Chọn đơn vị chủ trì thử nghiệm.';
    if (!startsOn) errors['pilot.startsOn'] = 'Ngày bắt đầu không hợp lệ (dd/mm/yyyy).';
    if (!endsOn) errors['pilot.endsOn'] = 'Ngày kết thúc không hợp lệ (dd/mm/yyyy).';
    const lines = budget.map(({ row, index }) => {
      const amount = parseMoney(row.amount);
      if (amount === null)
        errors[`budget.${index}.amount`] = 'Số tiền không hợp lệ, ví dụ 5.000.000.';
      return {
        item: row.item,
        amount: amount ?? 0,
        source: oneOf<FundingSource>(row.source, FUNDING_SOURCES) ?? 'STATE_BUDGET',
      };
    });
    if (Object.keys(errors).length) return localFailure('startPilot', errors, values);
    const input: TransitionIdeaInput = {
      ideaId: event.params.id,
      to: 'PILOTING',
      message: values.message || null,
      internalNote: values.internalNote || null,
      pilot: {
        hostUnitId: values.hostUnitId,
        scope: values.scope,
        startsOn: startsOn!,
        endsOn: endsOn!,
        budget: lines,
        indicators: indicators.input,
      },
    };
    return decide(event, 'startPilot', input, values, [
      ['pilot.budget', 'budget', budget.map((b) => b.index)],
      ['pilot.indicators', 'indicators', indicators.indexes],
    ]);
  },

  /** PILOTING → APPLIED or APPLIED → SCALED, with the unit that adopts it. */
  adopt: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const a = readAdoption(data);
    const to = textOf(data, 'to') === 'SCALED' ? 'SCALED' : 'APPLIED';
    const values = {
      ...a.values,
      to,
      message: textOf(data, 'message'),
      internalNote: textOf(data, 'internalNote'),
    };
    if (Object.keys(a.errors).length) return localFailure('adopt', a.errors, values);
    return decide(
      event,
      'adopt',
      {
        ideaId: event.params.id,
        to,
        message: values.message || null,
        internalNote: values.internalNote || null,
        adoption: a.input,
      },
      values,
      a.renames,
    );
  },

  /** Another unit applies or scales an applied idea (the first scaling moves it to SCALED). */
  recordAdoption: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const a = readAdoption(data);
    const kind = oneOf<AdoptionKind>(textOf(data, 'kind'), ADOPTION_KINDS);
    const values = { ...a.values, kind: kind ?? '' };
    if (!kind) a.errors.kind = 'Chọn ứng dụng hay nhân rộng.';
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
          kind === 'SCALED' ? 'Đã ghi nhận đơn vị nhân rộng.' : 'Đã ghi nhận đơn vị ứng dụng.',
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
      if (!date)
        return localFailure('addSupportTask', { dueAt: 'Ngày không hợp lệ (dd/mm/yyyy).' }, values);
      dueAt = dueOn(date).toISOString();
    }
    try {
      await gql(event, AddSupportTaskDocument, {
        planId: values.planId,
        title: values.title,
        dueAt,
      });
      return { form: 'addSupportTask', message: 'Đã thêm việc vào kế hoạch hỗ trợ.' };
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
        message: done ? 'Đã đánh dấu việc đã xong.' : 'Đã bỏ đánh dấu hoàn thành.',
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
      return localFailure(
        'reviseInSupport',
        { note: 'Vui lòng ghi rõ nội dung đã hoàn thiện trong phiên bản này.' },
        values,
      );
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
        message: `Đã ghi phiên bản ${reviseIdeaInSupport.revision} của nội dung ý tưởng.`,
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
        message: 'Đã kết thúc hỗ trợ hoàn thiện; ý tưởng được chuyển Hội đồng đánh giá.',
      };
    } catch (err) {
      return apiFailure(err, 'completeSupport', values, event.url.pathname);
    }
  },

  /** A note of the support to the author: it goes into the thread and by email/SMS. */
  supportNote: async (event: IdeaEvent) => {
    const body = textOf(await event.request.formData(), 'body');
    if (!body) return localFailure('supportNote', { body: 'Vui lòng nhập nội dung ghi chú.' });
    try {
      await gql(event, SendIdeaMessageDocument, { ideaId: event.params.id, body });
      return { form: 'supportNote', message: 'Đã gửi ghi chú cho tác giả.' };
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
    if (!pilot) return localFailure('addPilotUpdate', {}, { note }, 'Không tìm thấy thử nghiệm.');
    const errors: Record<string, string> = {};
    const read = readValues(data, 'values', pilot.indicators, errors);
    const values = { pilotId, note, values: read.typed };
    if (Object.keys(errors).length) return localFailure('addPilotUpdate', errors, values);
    try {
      await gql(event, AddPilotUpdateDocument, { pilotId, note, values: read.values });
      return { form: 'addPilotUpdate', message: 'Đã ghi cập nhật tiến độ thử nghiệm.' };
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
    if (!pilot) return localFailure('reportPilot', {}, values, 'Không tìm thấy thử nghiệm.');
    const errors: Record<string, string> = {};
    const recommendation = oneOf<PilotRecommendation>(values.recommendation, PILOT_RECOMMENDATIONS);
    if (!recommendation) errors.recommendation = 'Chọn đề xuất sau thử nghiệm.';
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
            ? 'Đã báo cáo kết quả thử nghiệm; ý tưởng được lưu trữ, theo dõi.'
            : 'Đã báo cáo kết quả thử nghiệm; ý tưởng được ứng dụng chính thức tại đơn vị chủ trì.',
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

  /** Honouring on the public site (needs the idea to be published), with a citation. */
  honour: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const honoured = textOf(data, 'honoured') === 'true';
    const citation = textOf(data, 'citation');
    try {
      await gql(event, HonourIdeaDocument, {
        ideaId: event.params.id,
        honoured,
        citation: honoured ? citation : null,
      });
      return {
        form: 'honour',
        message: honoured ? 'Đã vinh danh ý tưởng.' : 'Đã thôi vinh danh ý tưởng.',
      };
    } catch (err) {
      return apiFailure(err, 'honour', { citation }, event.url.pathname);
    }
  },
};
