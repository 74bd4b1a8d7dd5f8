import { describe, expect, it } from 'vitest';
import { dueState, exportFileName, vnDay, weekdayOf, workingDaysLeft } from './data-requests';

// Wednesday 02/12/2026, 09:00 in Vietnam; the request is due at the end of Friday 04/12.
const WED = new Date('2026-12-02T02:00:00Z');
const DUE_FRI = '2026-12-04T16:59:59.999Z';

describe('working days left before a data request is due', () => {
  it('counts Monday to Friday in Vietnam, skipping holidays', () => {
    expect(vnDay(DUE_FRI)).toBe('2026-12-04');
    expect(workingDaysLeft(WED, DUE_FRI)).toBe(2);
    expect(workingDaysLeft(new Date('2026-12-04T10:00:00Z'), DUE_FRI)).toBe(0);
    // A holiday on Thursday leaves one working day.
    expect(workingDaysLeft(WED, DUE_FRI, new Set(['2026-12-03']))).toBe(1);
    // Saturday after the due Friday: no working day has passed yet; Monday: one.
    expect(workingDaysLeft(new Date('2026-12-05T01:00:00Z'), DUE_FRI)).toBe(0);
    expect(workingDaysLeft(new Date('2026-12-07T01:00:00Z'), DUE_FRI)).toBe(-1);
  });

  it('says how a request stands, overdue ones flagged', () => {
    const r = { status: 'RECEIVED', dueAt: DUE_FRI, overdue: false };
    expect(dueState(r, WED)).toEqual({ overdue: false, text: 'Còn 2 ngày làm việc' });
    expect(dueState(r, new Date('2026-12-04T03:00:00Z'))).toEqual({
      overdue: false,
      text: 'Hạn hôm nay',
    });
    expect(dueState(r, new Date('2026-12-05T01:00:00Z'))).toEqual({
      overdue: true,
      text: 'Quá hạn từ 04/12/2026',
    });
    expect(dueState(r, new Date('2026-12-08T01:00:00Z'))).toEqual({
      overdue: true,
      text: 'Quá hạn 2 ngày làm việc',
    });
    expect(dueState({ ...r, status: 'DONE' }, WED)).toBeNull();
  });
});

describe('files and days', () => {
  it('names the export file after the tracking code and the day it was handled', () => {
    expect(exportFileName('KN-2026-AB12', '2026-12-04T18:00:00Z', WED)).toBe(
      'du-lieu-ca-nhan-KN-2026-AB12-2026-12-05.json',
    );
    expect(exportFileName(null, '2026-12-04T01:00:00Z', WED)).toBe(
      'du-lieu-ca-nhan-yeu-cau-2026-12-04.json',
    );
    // Not handled yet: the API's today.
    expect(exportFileName('KN-2026-AB12', null, new Date('2031-03-09T18:00:00Z'))).toBe(
      'du-lieu-ca-nhan-KN-2026-AB12-2031-03-10.json',
    );
  });

  it('names weekdays in Vietnamese', () => {
    expect(weekdayOf('2026-09-02')).toBe('Thứ Tư');
    expect(weekdayOf('2026-12-06')).toBe('Chủ nhật');
  });
});
