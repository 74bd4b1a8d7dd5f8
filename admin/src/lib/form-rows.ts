/**
 * Repeated rows of a form (budget lines, indicators): each column is a repeated field named
 * `<prefix>.<column>`, so the browser sends one value per row in order. Rows left blank are
 * dropped before asking the API, which then numbers the remaining rows from 0 in its field errors
 * ("pilot.budget.1.amount"); those are mapped back to the rows the staff member sees.
 */

export type Row<K extends string> = Record<K, string>;

/** Every row as submitted (blank rows included), values trimmed. */
export function rowsOf<K extends string>(
  data: FormData,
  prefix: string,
  columns: readonly K[],
): Row<K>[] {
  const values = columns.map((c) =>
    data.getAll(`${prefix}.${c}`).map((v) => (typeof v === 'string' ? v.trim() : '')),
  );
  const count = Math.max(0, ...values.map((v) => v.length));
  return Array.from({ length: count }, (_, i) => {
    const row = {} as Row<K>;
    columns.forEach((c, k) => (row[c] = values[k]![i] ?? ''));
    return row;
  });
}

/**
 * The rows that were filled in (any of the `meaningful` columns has a value), with the index of
 * each in the form, so errors can be shown on the right row.
 */
export function filledRows<K extends string>(
  rows: readonly Row<K>[],
  meaningful: readonly NoInfer<K>[],
): { row: Row<K>; index: number }[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => meaningful.some((c) => row[c] !== ''));
}

/**
 * Renames the API's row errors to the form's rows: with `from` "pilot.budget", `to` "budget" and
 * the form indexes of the rows sent, "pilot.budget.1.amount" becomes "budget.3.amount" when the
 * second row sent was the fourth of the form. Other errors are kept as they are.
 */
export function remapRowErrors(
  errors: Record<string, string>,
  from: string,
  to: string,
  formIndexes: readonly number[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = key.startsWith(`${from}.`) ? /^(\d+)(\..*)?$/.exec(key.slice(from.length + 1)) : null;
    if (m) {
      const index = formIndexes[Number(m[1])] ?? Number(m[1]);
      out[`${to}.${index}${m[2] ?? ''}`] = message;
    } else {
      out[key] = message;
    }
  }
  return out;
}
