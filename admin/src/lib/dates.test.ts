import { describe, expect, it } from 'vitest';
import { dueOn, parseDate, startOfDay, toDateInput } from './dates';

describe('dates in Vietnam time', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, and refuses dates that do not exist', () => {
    expect(parseDate('31/12/2026')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseDate(' 1/2/2026 ')).toEqual({ year: 2026, month: 2, day: 1 });
    expect(parseDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parseDate('30/02/2026')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('hôm qua')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('starts days at Vietnam midnight (UTC+7) and puts due dates at 17:00 there', () => {
    const d = { year: 2026, month: 1, day: 15 };
    expect(startOfDay(d).toISOString()).toBe('2026-01-14T17:00:00.000Z');
    expect(startOfDay(d, 1).toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(dueOn(d).toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(toDateInput(dueOn(d))).toBe('2026-01-15');
  });

  it('gives the date input value of an instant in Vietnam', () => {
    expect(toDateInput('2026-01-14T17:30:00.000Z')).toBe('2026-01-15');
    expect(toDateInput('2026-01-14T16:59:00.000Z')).toBe('2026-01-14');
    expect(toDateInput(null)).toBe('');
  });
});

describe('date and time of day in Vietnam time', () => {
  it('reads a day and a time as Vietnam time and shows them back', async () => {
    const { parseDateTime, parseTime, toTimeInput } = await import('./dates');
    expect(parseTime('14:30')).toBe(870);
    expect(parseTime('9h05')).toBe(545);
    expect(parseTime('24:00')).toBeNull();
    expect(parseDateTime('05/06/2026', '14:30')?.toISOString()).toBe('2026-06-05T07:30:00.000Z');
    expect(parseDateTime('2026-06-05', '00:15')?.toISOString()).toBe('2026-06-04T17:15:00.000Z');
    expect(parseDateTime('31/02/2026', '10:00')).toBeNull();
    expect(parseDateTime('05/06/2026', '')).toBeNull();
    expect(toTimeInput('2026-06-04T17:15:00.000Z')).toBe('00:15');
    expect(toDateInput('2026-06-04T17:15:00.000Z')).toBe('2026-06-05');
  });
});
