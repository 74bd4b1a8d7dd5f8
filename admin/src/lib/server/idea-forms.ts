/**
 * Form readers shared by the tabs of the idea workspace (/y-tuong/[id]): a decision moving the
 * idea (Xử lý) and the records that follow it (Hỗ trợ & thử nghiệm) read the same indicator rows
 * and adoption fields, and rename the API's row errors to the rows the staff member sees (see
 * $lib/form-rows).
 */
import type { RequestEvent } from '@sveltejs/kit';
import {
  TransitionIdeaDocument,
  type AdoptionInput,
  type IndicatorInput,
  type Programme,
  type TransitionIdeaInput,
} from '$lib/gql/graphql';
import { ApiError, gql } from './graphql';
import { apiFailure, textOf, textsOf } from './forms';
import { PROGRAMMES, STATUS } from '$lib/i18n';
import { parseDecimal } from '$lib/indicators';
import { filledRows, remapRowErrors, rowsOf, type Row } from '$lib/form-rows';
import { isoDay } from '$lib/follow-up';
import { t } from '$lib/messages';

/** A request to one of the idea's tabs. */
export type IdeaEvent = RequestEvent<{ id: string }>;

/** The API's refusal with its row errors renamed to the form's rows. */
export function renamed(
  err: unknown,
  renames: [from: string, to: string, indexes: number[]][],
): unknown {
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
export function readIndicators(
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
        if (required) errors[`${prefix}.${index}.${col}`] = t('server.form.valueRequired');
        return null;
      }
      const n = parseDecimal(row[col]);
      if (n === null) errors[`${prefix}.${index}.${col}`] = t('server.form.number');
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
export function readAdoption(data: FormData) {
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
  if (!values.unitId) errors['adoption.unitId'] = t('server.adoption.unit');
  if (!adoptedOn) errors['adoption.adoptedOn'] = t('server.form.badDate');
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
export async function decide(
  event: IdeaEvent,
  form: string,
  input: TransitionIdeaInput,
  values: Record<string, unknown>,
  renames: [string, string, number[]][] = [],
) {
  try {
    await gql(event, TransitionIdeaDocument, { input });
    return { form, message: t('server.idea.moved', { status: STATUS[input.to] }) };
  } catch (err) {
    return apiFailure(renamed(err, renames), form, values, event.url.pathname);
  }
}
