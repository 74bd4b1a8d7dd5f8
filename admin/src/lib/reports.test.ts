import { describe, expect, it } from 'vitest';
import { chosenPeriod } from './reports';

describe('the reporting period shown', () => {
  const periods = [{ from: '2027-04-01' }, { from: '2027-01-01' }, { from: '2026-10-01' }];
  it('is the one asked for, else the last that has ended, else the current one', () => {
    expect(chosenPeriod(periods, '2026-10-01')).toBe(periods[2]);
    expect(chosenPeriod(periods, null)).toBe(periods[1]);
    expect(chosenPeriod(periods, '1999-01-01')).toBe(periods[1]);
    expect(chosenPeriod([periods[0]!], null)).toBe(periods[0]);
  });
});
