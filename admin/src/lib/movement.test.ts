import { describe, expect, it } from 'vitest';
import { monthLines, percent, periodFrom, periodQuery, targetBars } from './movement';

describe('the movement screens', () => {
  it('read the period from the address, this year by default', () => {
    const now = new Date('2027-12-31T18:00:00Z'); // already 2028 in Vietnam
    expect(periodFrom(new URLSearchParams(''), now)).toEqual({ year: 2028, phaseId: null });
    expect(periodFrom(new URLSearchParams('nam=2027&giai-doan=x'), now)).toEqual({
      year: 2027,
      phaseId: null,
    });
    const id = '0b0c6d4e-1f2a-4b3c-8d9e-0f1a2b3c4d5e';
    const p = periodFrom(new URLSearchParams(`nam=2026&giai-doan=${id}`), now);
    expect(periodQuery(p, { 'xem-theo': 'UNIT' })).toBe(`nam=2026&xem-theo=UNIT&giai-doan=${id}`);
  });

  it('write shares as Vietnamese percentages', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(2 / 3)).toBe('66,7%');
    expect(percent(null)).toBe('—');
  });

  it('put actual values and target ticks on one axis', () => {
    const { bars, max } = targetBars(
      [
        { label: 'A', value: 4, target: 3 },
        { label: 'B', value: 1, target: 2 },
        { label: 'C', value: 0, target: null },
      ],
      100,
    );
    expect(max).toBe(5);
    expect(bars.map((b) => [b.width, b.targetX, b.reached])).toEqual([
      [80, 60, true],
      [20, 40, false],
      [0, null, false],
    ]);
  });

  it('draw monthly lines from zero', () => {
    const { series, xs } = monthLines(
      ['2027-01', '2027-02', '2027-03'],
      [{ name: 'Tiếp nhận', values: [0, 5, 10] }],
      { width: 200, height: 100 },
    );
    expect(xs).toEqual([0, 100, 200]);
    expect(series[0]!.path).toBe('M0,100 L100,50 L200,0');
  });
});
