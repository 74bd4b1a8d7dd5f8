import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, localDay } from './vietnam-time.js';

const none = new Set<string>();

describe('working days (Asia/Ho_Chi_Minh)', () => {
  it('uses the Vietnamese calendar day, not the UTC one', () => {
    // 18:30 UTC on Monday is 01:30 on Tuesday in Vietnam.
    expect(localDay(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
  });

  it('counts two working days after the day of receipt, ending at local midnight', () => {
    // Received Wednesday 25/11/2026 → due end of Friday 27/11 (16:59:59.999 UTC).
    expect(addWorkingDays(new Date('2026-11-25T03:00:00Z'), 2, none).toISOString()).toBe(
      '2026-11-27T16:59:59.999Z',
    );
  });

  it('skips the weekend', () => {
    // Received Friday 27/11 → Monday 30/11 and Tuesday 01/12.
    expect(addWorkingDays(new Date('2026-11-27T08:00:00Z'), 2, none).toISOString()).toBe(
      '2026-12-01T16:59:59.999Z',
    );
  });

  it('skips public holidays', () => {
    const holidays = new Set(['2026-04-30', '2026-05-01']);
    expect(isWorkingDay('2026-04-30', holidays)).toBe(false);
    // Received Wednesday 29/4 → 30/4 and 1/5 are holidays, 2–3/5 the weekend: due Tuesday 5/5.
    expect(addWorkingDays(new Date('2026-04-29T02:00:00Z'), 2, holidays).toISOString()).toBe(
      '2026-05-05T16:59:59.999Z',
    );
  });
});
