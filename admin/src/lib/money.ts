/**
 * Money and the dated commendation settings (Law 06/2022/QH15): amounts in đồng written the
 * Vietnamese way, and the prize = coefficient × base salary in force on the decision date.
 */
import { formatNumber } from '@khoi-nguon/schema/client';
import { formatDecimal } from './indicators';
import { toDateInput } from './dates';

/** "1.410.000 đ"; a dash when there is no amount. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  return `${formatNumber(Math.round(amount))} đ`;
}

/**
 * An amount of đồng as staff type it: "5.000.000", "5 000 000", "5000000 đ", "5,000,000 VNĐ".
 * Only whole đồng; null when it is not a non-negative amount.
 */
export function parseMoney(input: string | null | undefined): number | null {
  const s = (input ?? '').replace(/(đồng|vnđ|vnd|đ)\s*$/i, '').replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) {
    return Number(s.replace(/[.,]/g, ''));
  }
  return null;
}

/** A coefficient the Vietnamese way: 0.15 → "0,15". */
export function formatCoefficient(value: number | null | undefined): string {
  return formatDecimal(value, 4);
}

/**
 * Prize money: coefficient × base salary, rounded up to the next 10,000 đồng. The API computes the
 * amount that is recorded; this mirror only previews it before the decision is saved.
 */
export function prizeAmount(coefficient: number, baseSalary: number): number {
  // In ten-thousandths of the coefficient, so 0.15 × 2,340,000 is 351,000 and not 350,999.99…
  const exact = Math.round(coefficient * 10_000) * baseSalary;
  return Math.ceil(exact / 100_000_000) * 10_000;
}

/** The basis of a prize as a sentence: "0,15 × 2.340.000 đ = 351.000 đ, làm tròn lên 360.000 đ". */
export function prizeBasis(coefficient: number, baseSalary: number, prize: number): string {
  const exact = (Math.round(coefficient * 10_000) * baseSalary) / 10_000;
  const product = `${formatCoefficient(coefficient)} × ${formatMoney(baseSalary)} = ${formatMoney(exact)}`;
  return exact === prize ? product : `${product}, làm tròn lên ${formatMoney(prize)}`;
}

/** A dated setting: in force from `validFrom` (YYYY-MM-DD) until a later row replaces it. */
export interface Dated {
  validFrom: string;
}

/** The row in force on a day (YYYY-MM-DD): the latest whose validFrom is on or before it. */
export function settingOn<T extends Dated>(rows: readonly T[], day: string): T | null {
  let best: T | null = null;
  for (const row of rows) {
    if (row.validFrom <= day && (!best || row.validFrom > best.validFrom)) best = row;
  }
  return best;
}

/** Today's date in Vietnam (YYYY-MM-DD). */
export function todayInVietnam(now: Date | string): string {
  return toDateInput(now);
}
