/**
 * Calendar dates as the staff type them (dd/mm/yyyy, or yyyy-mm-dd from a date input), read in
 * Vietnam's time zone (UTC+7 all year, no daylight saving time).
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** "31/12/2026", "1/2/2026" or "2026-12-31" → the date, or null when it is not a real date. */
export function parseDate(input: string | null | undefined): CalendarDate | null {
  const s = (input ?? '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let year: number, month: number, day: number;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!m) return null;
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** Midnight at the start of the day in Vietnam, `addDays` later. */
export function startOfDay(date: CalendarDate, addDays = 0): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day) - VN_OFFSET_MS + addDays * DAY_MS);
}

/** Hour of the day a due date falls at: the end of office hours (17:00, Vietnam time). */
export const DUE_HOUR = 17;

/**
 * A due date chosen as a day: 17:00 that day in Vietnam. Kept clear of midnight so that the few
 * minutes a paused step adds never move it to the next calendar day.
 */
export function dueOn(date: CalendarDate): Date {
  return new Date(startOfDay(date).getTime() + DUE_HOUR * 3_600_000);
}

/** The value of an `<input type="date">` (yyyy-mm-dd) for an instant, in Vietnam's calendar. */
export function toDateInput(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "14:30" or "9:05" → minutes after midnight, or null. */
export function parseTime(input: string | null | undefined): number | null {
  const m = /^(\d{1,2})[:hg.](\d{2})$/i.exec((input ?? '').trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/**
 * An instant chosen as a day (dd/mm/yyyy or yyyy-mm-dd) and a time of day (HH:mm), both read in
 * Vietnam's time zone, whatever the time zone of the server or the browser.
 */
export function parseDateTime(
  date: string | null | undefined,
  time: string | null | undefined,
): Date | null {
  const day = parseDate(date);
  const minutes = parseTime(time);
  if (!day || minutes === null) return null;
  return new Date(startOfDay(day).getTime() + minutes * 60_000);
}

/** The value of an `<input type="time">` (HH:mm) for an instant, in Vietnam's time zone. */
export function toTimeInput(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
