import { describe, expect, it } from 'vitest';
import { chartRows, percentTicks, scaleTo } from './chart';

describe('the result chart', () => {
  it('places a value on its own scale and keeps it inside the chart', () => {
    expect(scaleTo(5, 10, 200)).toBe(100);
    expect(scaleTo(4, 5, 200)).toBe(160);
    expect(scaleTo(12, 10, 200)).toBe(200);
    expect(scaleTo(-1, 10, 200)).toBe(0);
    expect(scaleTo(5, 0, 200)).toBe(0);
  });

  it('draws the mean, the range and the spread of each criterion', () => {
    const [a, b] = chartRows(
      [
        { name: 'Tính mới', scaleMax: 10, mean: 8, min: 6, max: 10, stddev: 1.63 },
        { name: 'Hiệu quả', scaleMax: 5, mean: null, min: null, max: null, stddev: null },
      ],
      { width: 300, rowHeight: 30, top: 10 },
    );
    expect(a).toEqual({
      name: 'Tính mới',
      y: 10,
      bar: 240,
      range: { x1: 180, x2: 300 },
      spread: { x1: 191.1, x2: 288.9 },
      labelX: 244,
    });
    expect(b).toMatchObject({ y: 40, bar: 0, range: null, spread: null });
  });

  it('marks quarter ticks in percent of the scale', () => {
    expect(percentTicks(200).map((t) => t.x)).toEqual([0, 50, 100, 150, 200]);
    expect(percentTicks(200)[2]!.label).toBe('50%');
  });
});
