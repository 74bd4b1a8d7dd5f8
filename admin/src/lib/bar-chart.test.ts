import { describe, expect, it } from 'vitest';
import { axisDomain, bars, niceMax, scaleLinear, sumBy } from './bar-chart';

describe('bar chart geometry', () => {
  it('rounds the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(128)).toBe(200);
    expect(niceMax(85)).toBe(100);
    expect(niceMax(20)).toBe(20);
    expect(niceMax(2.1)).toBe(2.5);
    expect(niceMax(0.3)).toBe(0.5);
    expect(niceMax(360_000)).toBe(500_000);
    expect(niceMax(0)).toBe(1);
  });

  it('starts the axis at zero unless a value is negative', () => {
    expect(axisDomain([0, 12, 20])).toEqual([0, 20]);
    expect(axisDomain([60, 91, 85])).toEqual([0, 100]);
    expect(axisDomain([-3, 8])).toEqual([-5, 10]);
    expect(axisDomain([-3, -1])).toEqual([-5, 0]);
    expect(axisDomain([])).toEqual([0, 1]);
  });

  it('maps values linearly and clamps them to the chart', () => {
    const at = scaleLinear([0, 20], [0, 200]);
    expect(at(12)).toBe(120);
    expect(at(25)).toBe(200);
    expect(at(-1)).toBe(0);
    expect(scaleLinear([0, 0], [0, 100])(5)).toBe(0);
  });

  it('draws bars from zero, leftwards for negative values', () => {
    const g = bars(
      [
        { label: 'Ban đầu', value: 0 },
        { label: 'Gần nhất', value: 12 },
        { label: 'Mục tiêu', value: 20 },
      ],
      100,
    );
    expect(g.zero).toBe(0);
    expect(g.bars.map((b) => [b.x, b.width])).toEqual([
      [0, 0],
      [0, 60],
      [0, 100],
    ]);
    const neg = bars(
      [
        { label: 'a', value: -5 },
        { label: 'b', value: 10 },
      ],
      150,
    );
    expect(neg.zero).toBe(50);
    expect(neg.bars[0]).toMatchObject({ x: 0, width: 50 });
    expect(neg.bars[1]).toMatchObject({ x: 50, width: 100 });
  });

  it('sums per group in a given order, then the others sorted', () => {
    const rows = [
      { g: '2027', v: 5 },
      { g: '2026', v: 1 },
      { g: '2026', v: 2 },
      { g: null, v: 100 },
    ];
    expect(
      sumBy(
        rows,
        (r) => r.g,
        (r) => r.v,
      ),
    ).toEqual([
      { key: '2026', total: 3, count: 2 },
      { key: '2027', total: 5, count: 1 },
    ]);
    expect(
      sumBy(
        rows,
        (r) => r.g,
        (r) => r.v,
        ['2027', '2030'],
      ).map((s) => s.key),
    ).toEqual(['2027', '2026']);
  });
});
