/**
 * Vietnam's time, in one place: the time zone (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight
 * saving), calendar days and years, and working days — Monday to Friday, minus the public holidays
 * the tenant keeps in `public_holiday` (Tết, Hùng Kings, 30/4, 1/5, Quốc khánh…).
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** UTC+7 all year. */
export const VN_OFFSET_MS = 7 * 3_600_000;
const OFFSET_MS = VN_OFFSET_MS;
const DAY_MS = 24 * 3600 * 1000;

/** The instants a calendar year starts and ends in Vietnam. */
export function vietnamYearRange(year: number): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS),
    to: new Date(Date.UTC(year + 1, 0, 1) - VN_OFFSET_MS),
  };
}

/** yyyy-mm-dd of the Vietnamese calendar day an instant falls on. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The end (23:59:59.999 local time) of the n-th working day after the day of `from`: a request
 * received on Friday afternoon with n = 2 is due at the end of Tuesday.
 */
export function addWorkingDays(from: Date, n: number, holidays: ReadonlySet<string>): Date {
  let day = localDay(from);
  let left = n;
  while (left > 0) {
    day = new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS - OFFSET_MS - 1);
}

/**
 * Public holidays of 2026 as announced (Tết Nguyên đán 14–22/02, Giỗ Tổ 26/4 with 27/4 in lieu,
 * 30/4–1/5, Quốc khánh 1–2/9), and the fixed-date ones of 2027. Tenants adjust them in the admin
 * when the government announces each year's schedule.
 */
export const DEFAULT_HOLIDAYS: { day: string; name: string }[] = [
  { day: '2026-01-01', name: 'Tết Dương lịch' },
  ...['14', '15', '16', '17', '18', '19', '20', '21', '22'].map((d) => ({
    day: `2026-02-${d}`,
    name: 'Tết Nguyên đán Bính Ngọ',
  })),
  { day: '2026-04-27', name: 'Giỗ Tổ Hùng Vương (nghỉ bù)' },
  { day: '2026-04-30', name: 'Ngày Chiến thắng 30/4' },
  { day: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
  { day: '2026-09-01', name: 'Quốc khánh' },
  { day: '2026-09-02', name: 'Quốc khánh' },
  { day: '2027-01-01', name: 'Tết Dương lịch' },
  { day: '2027-04-30', name: 'Ngày Chiến thắng 30/4' },
  { day: '2027-05-01', name: 'Ngày Quốc tế Lao động' },
  { day: '2027-09-02', name: 'Quốc khánh' },
];
