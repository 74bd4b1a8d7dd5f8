/** Colours of the transparency page's charts (the same meaning on every chart). */
export const RED = '#9b1c1c';
export const GREEN = '#166534';
export const BLUE = '#1d4ed8';

/** The text alternative inside each SVG: every bar, read out in order. */
export function describe(
  rows: { label: string; values: number[] }[],
  fmt: (v: number) => string,
): string {
  return rows.map((r) => `${r.label}: ${r.values.map(fmt).join(' / ')}`).join('; ');
}
