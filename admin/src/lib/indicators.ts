/**
 * Pilot indicators (§III.4): a baseline, a target and the values measured along the way. Numbers
 * are typed and shown the Vietnamese way (comma for decimals, dot between thousands).
 */

export interface IndicatorLike {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual?: number | null;
}

/**
 * A number as staff type it: "12,5" and "12.5" are twelve and a half, "1.234" and "1.234,5" use the
 * Vietnamese thousands dot, "1,234.5" the English one. A single dot followed by exactly three
 * digits is read as a thousands dot (as Vietnamese writes it), except after a lone 0 ("0.125").
 * Null when it is not a number.
 */
export function parseDecimal(input: string | null | undefined): number | null {
  let s = (input ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!s) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[-+]/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    // Both: the one written last separates the decimals.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (s.split(decimal).length > 2) return null;
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (dots > 1 || commas > 1) {
    const sep = dots > 1 ? '.' : ',';
    if (!new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) return null;
    normal = s.split(sep).join('');
  } else if (commas === 1) {
    normal = s.replace(',', '.');
  } else if (dots === 1 && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) {
    normal = s.replace('.', '');
  } else {
    normal = s;
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : null;
}

/** 12.5 → "12,5"; 1234 → "1.234". */
export function formatDecimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value);
}

/** A value to put back into a text input: the Vietnamese way, without thousands dots. */
export function decimalInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: false }).format(
    value,
  );
}

/**
 * How far a value has gone from the baseline towards the target: 0 at the baseline, 1 at the
 * target, above 1 beyond it. Works for targets below the baseline (e.g. waiting time). Null when
 * there is no value or the target equals the baseline.
 */
export function indicatorProgress(
  ind: Pick<IndicatorLike, 'baseline' | 'target'>,
  value: number | null | undefined,
): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const span = ind.target - ind.baseline;
  if (span === 0) return null;
  return (value - ind.baseline) / span;
}

/** Progress as a whole percentage: "64%", "128%", "−10%". */
export function formatProgress(progress: number | null): string {
  if (progress === null) return '—';
  const pct = Math.round(progress * 100);
  return `${pct < 0 ? '−' : ''}${Math.abs(pct)}%`;
}

export interface LatestValue {
  value: number;
  /** When it was measured (an update's time or the report's), ISO. */
  at: string | null;
  /** Where it comes from: the final report or a progress update. */
  source: 'report' | 'update';
}

/**
 * The latest measured value of each indicator (by name): the final report's when there is one,
 * otherwise the most recent progress update that measured it.
 */
export function latestValues(pilot: {
  indicators: readonly IndicatorLike[];
  updates: readonly { createdAt: string; values: readonly IndicatorLike[] }[];
  reportedAt?: string | null;
}): Map<string, LatestValue> {
  const out = new Map<string, LatestValue>();
  const updates = [...pilot.updates].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const u of updates) {
    for (const v of u.values) {
      if (v.actual !== null && v.actual !== undefined && Number.isFinite(v.actual)) {
        out.set(v.name, { value: v.actual, at: u.createdAt, source: 'update' });
      }
    }
  }
  if (pilot.reportedAt) {
    for (const ind of pilot.indicators) {
      if (ind.actual !== null && ind.actual !== undefined && Number.isFinite(ind.actual)) {
        out.set(ind.name, { value: ind.actual, at: pilot.reportedAt, source: 'report' });
      }
    }
  }
  return out;
}
