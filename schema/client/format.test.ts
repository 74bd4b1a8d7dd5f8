import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatDay, formatNumber } from './format.js';

describe('Vietnamese formats', () => {
  it('shows dates as dd/mm/yyyy in Vietnam time, even near midnight UTC', () => {
    expect(formatDate('2026-03-05T01:00:00Z')).toBe('05/03/2026');
    expect(formatDate('2026-12-31T18:30:00Z')).toBe('01/01/2027');
  });
  it('shows times on the 24-hour clock', () => {
    expect(formatDateTime('2026-03-05T13:07:00Z')).toBe('05/03/2026 20:07');
  });
  it('groups thousands with dots', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
  });
  it('shows a day as dd/mm/yyyy without moving it across time zones', () => {
    expect(formatDay('2026-12-09')).toBe('09/12/2026');
    expect(formatDay('not a day')).toBe('');
    expect(formatDay(null)).toBe('');
  });
  it("shows file sizes in KB and MB, with the language's decimal mark", () => {
    expect(formatBytes(350_000)).toBe('342 KB');
    expect(formatBytes(1_258_291)).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(10)).toBe('1 KB');
  });
});
