import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.js';

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
});
