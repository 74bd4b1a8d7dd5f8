import { describe, expect, it } from 'vitest';
import {
  formatCoefficient,
  formatMoney,
  parseMoney,
  prizeAmount,
  prizeBasis,
  settingOn,
  todayInVietnam,
} from './money';

describe('money', () => {
  it('writes đồng the Vietnamese way', () => {
    expect(formatMoney(1_410_000)).toBe('1.410.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(999.6)).toBe('1.000 đ');
    expect(formatMoney(null)).toBe('—');
  });

  it('reads amounts as staff type them, and refuses what is not a whole amount', () => {
    expect(parseMoney('5.000.000')).toBe(5_000_000);
    expect(parseMoney('5 000 000 đ')).toBe(5_000_000);
    expect(parseMoney('5,000,000 VNĐ')).toBe(5_000_000);
    expect(parseMoney('2340000')).toBe(2_340_000);
    expect(parseMoney('12.5')).toBeNull();
    expect(parseMoney('-5')).toBeNull();
    expect(parseMoney('năm triệu')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });

  it('computes the prize as coefficient × base salary rounded up to 10,000 đồng', () => {
    // 0.15 × 2,340,000 = 351,000 (not 350,999.99…) → 360,000
    expect(prizeAmount(0.15, 2_340_000)).toBe(360_000);
    expect(prizeAmount(0.3, 2_340_000)).toBe(710_000); // 702,000
    expect(prizeAmount(0.3, 2_530_000)).toBe(760_000); // 759,000
    expect(prizeAmount(0.5, 2_340_000)).toBe(1_170_000); // exact, not rounded up
    expect(formatCoefficient(0.15)).toBe('0,15');
    expect(prizeBasis(0.15, 2_340_000, 360_000)).toBe(
      '0,15 × 2.340.000 đ = 351.000 đ, làm tròn lên 360.000 đ',
    );
    expect(prizeBasis(0.5, 2_340_000, 1_170_000)).toBe('0,5 × 2.340.000 đ = 1.170.000 đ');
  });

  it('finds the dated setting in force on a day', () => {
    const rows = [
      { validFrom: '2024-07-01', amount: 2_340_000 },
      { validFrom: '2027-01-01', amount: 2_530_000 },
      { validFrom: '2023-07-01', amount: 1_800_000 },
    ];
    expect(settingOn(rows, '2026-09-20')?.amount).toBe(2_340_000);
    expect(settingOn(rows, '2027-01-01')?.amount).toBe(2_530_000);
    expect(settingOn(rows, '2023-06-30')).toBeNull();
  });

  it("knows today's date in Vietnam", () => {
    expect(todayInVietnam(new Date('2026-09-14T17:30:00Z'))).toBe('2026-09-15');
    expect(todayInVietnam(new Date('2026-09-14T16:59:00Z'))).toBe('2026-09-14');
  });
});
