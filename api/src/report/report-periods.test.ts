import { describe, expect, it } from 'vitest';
import { ReportFrequency } from './report.enums.js';
import {
  addDays,
  customPeriod,
  dueOn,
  periodContaining,
  periodStartingAt,
  recentPeriods,
} from './report-periods.js';

describe('report periods', () => {
  it('cuts the year into quarters, halves and years, with Vietnamese names', () => {
    expect(periodContaining(ReportFrequency.QUARTERLY, '2027-05-20')).toEqual({
      from: '2027-04-01',
      to: '2027-06-30',
      label: 'Quý II năm 2027',
    });
    expect(periodContaining(ReportFrequency.QUARTERLY, '2028-02-29').to).toBe('2028-03-31');
    expect(periodContaining(ReportFrequency.QUARTERLY, '2027-12-31').label).toBe('Quý IV năm 2027');
    expect(periodContaining(ReportFrequency.HALF_YEARLY, '2027-07-01')).toEqual({
      from: '2027-07-01',
      to: '2027-12-31',
      label: '6 tháng cuối năm 2027',
    });
    expect(periodContaining(ReportFrequency.YEARLY, '2027-07-01').label).toBe('Năm 2027');
  });

  it('knows where a period starts, when its report is due and the recent ones', () => {
    expect(periodStartingAt(ReportFrequency.QUARTERLY, '2027-04-01')?.label).toBe(
      'Quý II năm 2027',
    );
    expect(periodStartingAt(ReportFrequency.QUARTERLY, '2027-05-01')).toBeNull();
    expect(periodStartingAt(ReportFrequency.QUARTERLY, 'x')).toBeNull();
    expect(dueOn(periodContaining(ReportFrequency.QUARTERLY, '2027-03-01'), 10)).toBe('2027-04-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(recentPeriods(ReportFrequency.QUARTERLY, '2027-01-15', 2).map((p) => p.label)).toEqual([
      'Quý I năm 2027',
      'Quý IV năm 2026',
      'Quý III năm 2026',
    ]);
    expect(customPeriod('2026-01-01', '2028-12-31').label).toBe(
      'từ ngày 01/01/2026 đến ngày 31/12/2028',
    );
  });
});
