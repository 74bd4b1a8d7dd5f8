/**
 * Geometry of the small horizontal bar charts of pilots (baseline / latest / target of an
 * indicator) and awards (prize money by form or year). Pure, so it is tested without a browser.
 */

/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    // Rounding keeps 0.1 × 3 from landing just under 0.3.
    if (Number((candidate - max).toPrecision(12)) >= 0) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

/**
 * The axis of a set of values: from 0 (or the lowest negative value) to a round maximum. When
 * every value is negative, the axis ends at 0.
 */
export function axisDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return [0, 1];
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  if (hi === 0 && lo === 0) return [0, 1];
  const low = lo < 0 ? -niceMax(-lo) : 0;
  const high = hi > 0 ? niceMax(hi) : 0;
  return [low, high];
}

/** Maps a value of the domain to a position of the range, clamped to the range. */
export function scaleLinear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number) => {
    if (!Number.isFinite(value) || span === 0) return r0;
    const t = Math.min(1, Math.max(0, (value - d0) / span));
    return Math.round((r0 + t * (r1 - r0)) * 100) / 100;
  };
}

export interface Bar {
  label: string;
  value: number;
  /** Left edge and width of the bar, in chart units. */
  x: number;
  width: number;
}

/** Horizontal bars on a common axis: a bar runs from 0 to its value (leftwards when negative). */
export function bars(
  items: readonly { label: string; value: number }[],
  width: number,
): { bars: Bar[]; domain: [number, number]; zero: number } {
  const domain = axisDomain(items.map((i) => i.value));
  const at = scaleLinear(domain, [0, width]);
  const zero = at(0);
  return {
    domain,
    zero,
    bars: items.map((i) => {
      const end = at(i.value);
      return {
        label: i.label,
        value: i.value,
        x: Math.min(zero, end),
        width: Math.abs(end - zero),
      };
    }),
  };
}

/** Sums of a value per group, in the order given by `order` (then the remaining groups, sorted). */
export function sumBy<T>(
  items: readonly T[],
  group: (item: T) => string | null,
  value: (item: T) => number,
  order: readonly string[] = [],
): { key: string; total: number; count: number }[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const item of items) {
    const key = group(item);
    if (key === null) continue;
    const s = sums.get(key) ?? { total: 0, count: 0 };
    s.total += value(item);
    s.count += 1;
    sums.set(key, s);
  }
  const known = order.filter((k) => sums.has(k));
  const rest = [...sums.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest].map((key) => ({ key, ...sums.get(key)! }));
}
