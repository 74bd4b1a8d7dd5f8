import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatHours,
  formatMoney,
  formatMonth,
  formatRate,
  niceMax,
  scale,
  ticks,
} from './charts';

describe('chart scales', () => {
  it('rounds the axis up to a readable number', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(240)).toBe(250);
    expect(niceMax(15_000_000)).toBe(20_000_000);
  });

  it('spaces gridlines at whole, round steps from zero', () => {
    expect(ticks(13)).toEqual([0, 5, 10, 15]);
    expect(ticks(5)).toEqual([0, 2, 4, 6]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(240)).toEqual([0, 100, 200, 300]);
    expect(ticks(0)).toEqual([0, 1]);
  });

  it('scales bars without going negative or past the axis', () => {
    expect(scale(5, 10, 200)).toBe(100);
    expect(scale(0, 10, 200)).toBe(0);
    expect(scale(20, 10, 200)).toBe(200);
    expect(scale(3, 0, 200)).toBe(0);
  });
});

describe('numbers in each language', () => {
  it('writes counts, rates and money the local way', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatRate(2 / 3, 'vi')).toBe('67 %');
    expect(formatRate(1, 'en')).toBe('100%');
    expect(formatRate(null, 'vi')).toBe('—');
    expect(formatMoney(15_000_000, 'vi')).toBe('15.000.000 đ');
    expect(formatMoney(15_000_000, 'en')).toBe('15,000,000 VND');
  });

  it('writes short durations in hours and long ones in days', () => {
    expect(formatHours(5.4, 'vi')).toBe('5 giờ');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatHours(60, 'vi')).toBe('2,5 ngày');
    expect(formatHours(60, 'en')).toBe('2.5 days');
    expect(formatHours(null, 'en')).toBe('—');
  });

  it('writes months as mm/yyyy', () => {
    expect(formatMonth('2026-07')).toBe('07/2026');
  });
});
