import { describe, expect, it } from 'vitest';
import { filledRows, remapRowErrors, rowsOf } from './form-rows';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('repeated form rows', () => {
  const data = form([
    ['budget.item', 'Vật tư'],
    ['budget.amount', '5.000.000'],
    ['budget.source', 'SOCIALISED'],
    ['budget.item', ''],
    ['budget.amount', ''],
    ['budget.source', 'STATE_BUDGET'],
    ['budget.item', 'Tập huấn'],
    ['budget.amount', 'ba triệu'],
    ['budget.source', 'STATE_BUDGET'],
  ]);

  it('reads the rows in order and drops the blank ones, keeping their place', () => {
    const rows = rowsOf(data, 'budget', ['item', 'amount', 'source'] as const);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ item: '', amount: '', source: 'STATE_BUDGET' });
    const filled = filledRows(rows, ['item', 'amount']);
    expect(filled.map((f) => f.index)).toEqual([0, 2]);
    expect(filled[1]!.row.item).toBe('Tập huấn');
  });

  it("renames the API's row errors to the rows the staff member sees", () => {
    expect(
      remapRowErrors(
        {
          'pilot.budget.1.amount': 'Số tiền phải là số không âm.',
          'pilot.budget': 'x',
          'pilot.scope': 'Bắt buộc',
          'pilot.budgetary.0': 'not a row of budget',
        },
        'pilot.budget',
        'budget',
        [0, 2],
      ),
    ).toEqual({
      'budget.2.amount': 'Số tiền phải là số không âm.',
      'pilot.budget': 'x',
      'pilot.scope': 'Bắt buộc',
      'pilot.budgetary.0': 'not a row of budget',
    });
  });
});
