/**
 * The movement screens' shared pieces: the period in the address (?nam=2027&giai-doan=<id>), the
 * geometry of the target bars and of the monthly lines. Pure, so they are tested without a browser.
 */
import { axisDomain, scaleLinear } from './bar-chart';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PeriodChoice {
  year: number;
  phaseId: string | null;
}

/** The year now in Vietnam (UTC+7). */
export function currentYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}

/** The period asked for in the address, or this year. */
export function periodFrom(params: URLSearchParams, now: Date = new Date()): PeriodChoice {
  const year = Number(params.get('nam'));
  const phase = params.get('giai-doan');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear(now),
    phaseId: phase && UUID.test(phase) ? phase : null,
  };
}

/** The address query of a period (and extra parameters), for links and downloads. */
export function periodQuery(p: PeriodChoice, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ nam: String(p.year), ...extra });
  if (p.phaseId) q.set('giai-doan', p.phaseId);
  return q.toString();
}

/** The years offered: the movement's years (from 2026) to next year. */
export function yearsOffered(now: Date = new Date()): number[] {
  const last = currentYear(now) + 1;
  const years: number[] = [];
  for (let y = 2026; y <= last; y++) years.push(y);
  return years;
}

/** A share (0–1) as a Vietnamese percentage with one decimal: 0.5 → "50%", 2/3 → "66,7%". */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const v = Math.round(share * 1000) / 10;
  return `${v.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

export interface TargetBar {
  label: string;
  value: number;
  target: number | null;
  width: number;
  /** Where the target's tick goes, or null without a target. */
  targetX: number | null;
  reached: boolean;
}

/** Bars of actual values with their targets as ticks, on one axis that holds both. */
export function targetBars(
  rows: readonly { label: string; value: number; target: number | null }[],
  width: number,
): { bars: TargetBar[]; max: number } {
  const domain = axisDomain(rows.flatMap((r) => [r.value, r.target ?? 0]));
  const at = scaleLinear(domain, [0, width]);
  return {
    max: domain[1],
    bars: rows.map((r) => ({
      label: r.label,
      value: r.value,
      target: r.target,
      width: at(r.value),
      targetX: r.target === null ? null : at(r.target),
      reached: r.target === null ? false : r.value >= r.target,
    })),
  };
}

export interface LineSeries {
  name: string;
  points: { x: number; y: number; value: number }[];
  path: string;
}

/** Lines over months: one series per name, on a shared axis starting at 0. */
export function monthLines(
  months: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  size: { width: number; height: number },
): { series: LineSeries[]; max: number; xs: number[] } {
  const domain = axisDomain(series.flatMap((s) => s.values));
  const y = scaleLinear(domain, [size.height, 0]);
  const step = months.length > 1 ? size.width / (months.length - 1) : 0;
  const xs = months.map((_, i) => Math.round(i * step * 100) / 100);
  return {
    max: domain[1],
    xs,
    series: series.map((s) => {
      const points = s.values.map((v, i) => ({ x: xs[i] ?? 0, y: y(v), value: v }));
      return {
        name: s.name,
        points,
        path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' '),
      };
    }),
  };
}
