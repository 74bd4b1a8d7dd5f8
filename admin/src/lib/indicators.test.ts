import { describe, expect, it } from 'vitest';
import {
  decimalInput,
  formatDecimal,
  formatProgress,
  indicatorProgress,
  latestValues,
  parseDecimal,
} from './indicators';

describe('indicator numbers', () => {
  it('reads decimals and thousands typed the Vietnamese or the English way', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234')).toBe(1234);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal('1.234.567')).toBe(1_234_567);
    expect(parseDecimal('0.125')).toBe(0.125);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal(' 20 ')).toBe(20);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal('1.2.3')).toBeNull();
  });

  it('writes numbers the Vietnamese way', () => {
    expect(formatDecimal(12.5)).toBe('12,5');
    expect(formatDecimal(1234)).toBe('1.234');
    expect(formatDecimal(null)).toBe('—');
    expect(decimalInput(1234.5)).toBe('1234,5');
    expect(decimalInput(null)).toBe('');
  });
});

describe('indicator progress', () => {
  it('measures the way from the baseline to the target, also downwards', () => {
    expect(indicatorProgress({ baseline: 0, target: 20 }, 12)).toBe(0.6);
    expect(indicatorProgress({ baseline: 60, target: 85 }, 91)).toBeCloseTo(1.24);
    // Waiting time down from 40 to 20 minutes: 30 minutes is half way.
    expect(indicatorProgress({ baseline: 40, target: 20 }, 30)).toBe(0.5);
    expect(indicatorProgress({ baseline: 5, target: 5 }, 5)).toBeNull();
    expect(indicatorProgress({ baseline: 0, target: 20 }, null)).toBeNull();
    expect(formatProgress(0.6)).toBe('60%');
    expect(formatProgress(1.28)).toBe('128%');
    expect(formatProgress(-0.1)).toBe('−10%');
    expect(formatProgress(null)).toBe('—');
  });

  it('takes the latest measured value of each indicator, the report last', () => {
    const ind = { name: 'Số hộ', unit: 'hộ', baseline: 0, target: 20 };
    const updates = [
      { createdAt: '2026-10-01T00:00:00Z', values: [{ ...ind, actual: 12 }] },
      { createdAt: '2026-09-01T00:00:00Z', values: [{ ...ind, actual: 5 }] },
      { createdAt: '2026-10-15T00:00:00Z', values: [{ ...ind, actual: null }] },
    ];
    const running = latestValues({ indicators: [{ ...ind, actual: null }], updates });
    expect(running.get('Số hộ')).toEqual({
      value: 12,
      at: '2026-10-01T00:00:00Z',
      source: 'update',
    });
    const reported = latestValues({
      indicators: [{ ...ind, actual: 24 }],
      updates,
      reportedAt: '2026-11-01T00:00:00Z',
    });
    expect(reported.get('Số hộ')).toMatchObject({ value: 24, source: 'report' });
    expect(latestValues({ indicators: [ind], updates: [] }).size).toBe(0);
  });
});
