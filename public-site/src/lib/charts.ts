/**
 * Helpers of the server-rendered SVG charts: scales and the Vietnamese/English way of writing
 * numbers, rates, durations and money. Pure, so they are unit-tested.
 */
import type { Lang } from './i18n';

/** The smallest "round" number (1, 2, 2.5, 5 × 10ᵏ) at or above `max`; 1 for an empty chart. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Gridlines for counts: whole, round steps (1, 2, 5 × 10ᵏ) from 0 to just above `max`, about
 * `count` of them.
 */
export function ticks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 1);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** Length of a bar of `value` on a scale of `max` drawn over `span` units (never negative). */
export function scale(value: number, max: number, span: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.round((Math.min(value, max) / max) * span * 10) / 10;
}

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

/** A rate 0–1 as a whole percentage: "67 %" in Vietnamese, "67%" in English; "—" when unknown. */
export function formatRate(rate: number | null | undefined, lang: Lang): string {
  if (rate == null) return '—';
  const pct = Math.round(rate * 100);
  return lang === 'vi' ? `${pct} %` : `${pct}%`;
}

/** A duration in hours, as hours under two days and as days (one decimal) beyond. */
export function formatHours(hours: number | null | undefined, lang: Lang): string {
  if (hours == null) return '—';
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 });
  if (hours < 48) {
    const h = Math.round(hours);
    return lang === 'vi' ? `${nf.format(h)} giờ` : `${nf.format(h)} ${h === 1 ? 'hour' : 'hours'}`;
  }
  const d = hours / 24;
  return lang === 'vi' ? `${nf.format(d)} ngày` : `${nf.format(d)} days`;
}

/** Đồng, grouped the Vietnamese way: 15.000.000 đ (English: 15,000,000 VND). */
export function formatMoney(amount: number, lang: Lang): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(amount);
  return lang === 'vi' ? `${n} đ` : `${n} VND`;
}

/** "2026-07" → "07/2026" (Vietnamese order, used in both languages for consistency). */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}
