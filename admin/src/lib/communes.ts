import type { MessageKey } from '$lib/messages';

/** The figures of the province overview the chart may compare, with their column labels. */
export const COMMUNE_METRICS = [
  ['received', 'communes.col.received'],
  ['answered', 'communes.col.answered'],
  ['answeredOnTime', 'communes.col.onTime'],
  ['inCouncil', 'communes.col.council'],
  ['piloted', 'communes.col.piloted'],
  ['honoured', 'communes.col.honoured'],
] as const satisfies readonly (readonly [string, MessageKey])[];

export type CommuneMetric = (typeof COMMUNE_METRICS)[number][0];

/** The metric asked in the address (`?chiso=`), else "received". */
export function metricOf(asked: string | null): CommuneMetric {
  return COMMUNE_METRICS.find(([m]) => m === asked)?.[0] ?? 'received';
}

/** "Xã Như Thanh" → "Như Thanh": shorter labels for the chart. */
export function shortName(name: string): string {
  return name.replace(/^(Xã|Phường|Đặc khu)\s+/u, '');
}

/** A response rate (0–1) as a percentage, "—" when nothing was due. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
