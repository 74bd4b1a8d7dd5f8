/**
 * Presentation helpers of data-subject requests (Law 91/2025/QH15): the time left before the
 * two-working-day due date, counted the way the API counts it (Monday to Friday in Vietnam, minus
 * the commune's public holidays), and the name of the exported file.
 */
import { formatDate } from '@khoi-nguon/schema/client';
import { toDateInput } from './dates';

const DAY_MS = 86_400_000;

/** yyyy-mm-dd of the calendar day in Vietnam an instant falls on. */
export function vnDay(at: Date | string): string {
  return toDateInput(at);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * Working days between today and the due day: 0 when due today, 1 when due on the next working
 * day…; negative when the due day has passed (−1: one working day late).
 */
export function workingDaysLeft(
  now: Date,
  dueAt: Date | string,
  holidays: ReadonlySet<string> = new Set(),
): number {
  const today = vnDay(now);
  const due = vnDay(dueAt);
  if (today === due) return 0;
  const [from, to, sign] = today < due ? [today, due, 1] : [due, today, -1];
  let n = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (isWorkingDay(d, holidays)) n += 1;
  return n === 0 ? 0 : sign * n;
}

export interface DueState {
  overdue: boolean;
  /** "Còn 2 ngày làm việc", "Hạn hôm nay", "Quá hạn 1 ngày làm việc" … */
  text: string;
}

/**
 * How a request in the queue stands against its due date (finished ones are not timed); `now` is
 * the API's time, the one its due dates and `overdue` are counted on.
 */
export function dueState(
  request: { status: string; dueAt: string; overdue?: boolean | null },
  now: Date,
  holidays: ReadonlySet<string> = new Set(),
): DueState | null {
  if (request.status !== 'RECEIVED') return null;
  const overdue = Boolean(request.overdue) || new Date(request.dueAt).getTime() < now.getTime();
  const left = workingDaysLeft(now, request.dueAt, holidays);
  if (overdue) {
    const late = Math.max(0, -left);
    return {
      overdue: true,
      text: late ? `Quá hạn ${late} ngày làm việc` : `Quá hạn từ ${formatDate(request.dueAt)}`,
    };
  }
  return { overdue: false, text: left <= 0 ? 'Hạn hôm nay' : `Còn ${left} ngày làm việc` };
}

/**
 * The file an export is handed over as: du-lieu-ca-nhan-<tracking code>-<yyyy-mm-dd>.json, dated
 * the day it was handled (else the API's today, `now`).
 */
export function exportFileName(
  trackingCode: string | null,
  handledAt: string | null,
  now: Date,
): string {
  const code = (trackingCode ?? '').replace(/[^A-Za-z0-9-]/g, '') || 'yeu-cau';
  const day = vnDay(handledAt ?? now);
  return `du-lieu-ca-nhan-${code}-${day}.json`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The Vietnamese name of the weekday of a calendar day (yyyy-mm-dd). */
export function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
}
