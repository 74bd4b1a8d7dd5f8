import { ReportFrequency } from './report.enums.js';

/** A reporting period: first and last day (YYYY-MM-DD, inclusive) and its Vietnamese name. */
export interface ReportPeriod {
  from: string;
  to: string;
  label: string;
}

const MONTHS: Record<ReportFrequency, number> = {
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period of `frequency` containing `day`. */
export function periodContaining(frequency: ReportFrequency, day: string): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const span = MONTHS[frequency];
  const index = Math.floor((month - 1) / span);
  const first = index * span + 1;
  const last = first + span - 1;
  const label =
    frequency === ReportFrequency.QUARTERLY
      ? `Quý ${ROMAN[index]} năm ${year}`
      : frequency === ReportFrequency.HALF_YEARLY
        ? `${index === 0 ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}`
        : `Năm ${year}`;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`,
    label,
  };
}

/** The period starting at `from`, if `from` starts one. */
export function periodStartingAt(frequency: ReportFrequency, from: string): ReportPeriod | null {
  if (!/^\d{4}-\d{2}-01$/.test(from)) return null;
  const p = periodContaining(frequency, from);
  return p.from === from ? p : null;
}

/** The period just before `p`. */
export function previousPeriod(frequency: ReportFrequency, p: ReportPeriod): ReportPeriod {
  return periodContaining(frequency, addDays(p.from, -1));
}

/** The day a period's report is due: `dueDays` after its last day. */
export function dueOn(p: ReportPeriod, dueDays: number): string {
  return addDays(p.to, dueDays);
}

/**
 * The periods a unit reports on, newest first: the last `count` periods that have ended by
 * `today`, and the current one.
 */
export function recentPeriods(
  frequency: ReportFrequency,
  today: string,
  count: number,
): ReportPeriod[] {
  const out = [periodContaining(frequency, today)];
  while (out.length < count + 1) out.push(previousPeriod(frequency, out[out.length - 1]!));
  return out;
}

/** A period given by its days, labelled "từ dd/mm/yyyy đến dd/mm/yyyy". */
export function customPeriod(from: string, to: string): ReportPeriod {
  const f = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return { from, to, label: `từ ngày ${f(from)} đến ngày ${f(to)}` };
}
