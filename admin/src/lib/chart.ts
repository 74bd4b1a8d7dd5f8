/**
 * Geometry of the per-criterion chart of a council's result: each criterion a row with its mean as
 * a bar on the criterion's own scale, the lowest–highest scores as a line and the spread (mean ±
 * standard deviation) as a band, so disagreement shows at a glance.
 */
export interface CriterionRow {
  name: string;
  scaleMax: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  stddev: number | null;
}

export interface ChartRow {
  name: string;
  y: number;
  /** The mean's bar, from the left edge. */
  bar: number;
  /** The lowest–highest line, or null without scores. */
  range: { x1: number; x2: number } | null;
  /** Mean ± standard deviation, clamped to the scale. */
  spread: { x1: number; x2: number } | null;
  /** Where the mean's label goes. */
  labelX: number;
}

/** A value on a 0…scaleMax scale as a position on a width, clamped to the chart. */
export function scaleTo(value: number, scaleMax: number, width: number): number {
  if (!(scaleMax > 0) || !Number.isFinite(value)) return 0;
  const x = (value / scaleMax) * width;
  return Math.round(Math.min(width, Math.max(0, x)) * 100) / 100;
}

export function chartRows(
  rows: readonly CriterionRow[],
  opts: { width: number; rowHeight: number; top?: number },
): ChartRow[] {
  const top = opts.top ?? 0;
  return rows.map((r, i) => {
    const at = (v: number) => scaleTo(v, r.scaleMax, opts.width);
    const bar = r.mean === null ? 0 : at(r.mean);
    return {
      name: r.name,
      y: top + i * opts.rowHeight,
      bar,
      range: r.min === null || r.max === null ? null : { x1: at(r.min), x2: at(r.max) },
      spread:
        r.mean === null || r.stddev === null
          ? null
          : { x1: at(r.mean - r.stddev), x2: at(r.mean + r.stddev) },
      labelX: Math.min(opts.width, bar) + 4,
    };
  });
}

/** Ticks at 0, 25, 50, 75 and 100 % of the scale. */
export function percentTicks(width: number): { x: number; label: string }[] {
  return [0, 25, 50, 75, 100].map((p) => ({ x: (p / 100) * width, label: `${p}%` }));
}
