/**
 * The decisions that start a process and need its data (§III.3–III.5): support (IN_SUPPORT), a
 * pilot (PILOTING) and adoption (APPLIED, SCALED). Spread into the Xử lý tab's actions; field
 * errors keep the API's paths, except rows, renamed to the rows the staff member sees.
 */
import type { FundingSource, TransitionIdeaInput } from '$lib/gql/graphql';
import { localFailure, oneOf, textOf } from '$lib/server/forms';
import { decide, readAdoption, readIndicators, type IdeaEvent } from '$lib/server/idea-forms';
import { FUNDING_SOURCES } from '$lib/i18n';
import { dueOn, parseDate } from '$lib/dates';
import { parseMoney } from '$lib/money';
import { filledRows, rowsOf } from '$lib/form-rows';
import { isoDay, linesOf } from '$lib/follow-up';
import { t } from '$lib/messages';

export const decisionActions = {
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
      if (!date) errors.dueAt = t('server.form.badDate');
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
    if (!values.hostUnitId) errors['pilot.hostUnitId'] = t('server.pilot.host');
    if (!startsOn) errors['pilot.startsOn'] = t('server.pilot.startsOn');
    if (!endsOn) errors['pilot.endsOn'] = t('server.pilot.endsOn');
    const lines = budget.map(({ row, index }) => {
      const amount = parseMoney(row.amount);
      if (amount === null) errors[`budget.${index}.amount`] = t('server.pilot.amount');
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
};
