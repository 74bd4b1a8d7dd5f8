/** Vietnamese text helpers shared by services. */
import { VN_TIME_ZONE } from './vietnam-time.js';

/** NFC, trimmed, with runs of spaces inside a line collapsed and line endings unified. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Single-line text (names, titles): NFC, trimmed, inner whitespace collapsed. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Accent-free lower-case form, the same mapping as the database function `kn_unaccent`:
 * "Ý tưởng số hóa" → "y tuong so hoa", "Đường" → "duong".
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Search terms of a query: folded, split on anything that is not a letter or digit. */
export function searchTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * A query typed but without a letter or digit ("%", "***"): it has nothing to look for, so it
 * finds nothing — never every row.
 */
export function searchesNothing(query: string | null | undefined): boolean {
  return Boolean(query?.trim()) && searchTerms(query!).length === 0;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}
export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_RE.test(value);
}

/**
 * Vietnamese phone numbers in national form: "+84 912 345 678", "84912345678" and
 * "0912.345.678" all become "0912345678". Returns null when it is not a plausible number.
 */
export function normalizePhone(value: string): string | null {
  let digits = value.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (digits.startsWith('84') && digits.length === 11) digits = '0' + digits.slice(2);
  if (!/^0\d{9,10}$/.test(digits)) return null;
  return digits;
}

/** Vietnamese collation for names and titles: a < ă < â, d < đ, o < ô < ơ, u < ư. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** dd/mm/yyyy in Vietnam's time zone. */
export function formatDateVi(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: VN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/**
 * The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP):
 * "Như Thanh, ngày 05 tháng 3 năm 2026" — days under 10 and months 1–2 take a leading zero.
 */
export function administrativeDate(place: string, date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(date);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const day = get('day');
  const month = get('month');
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${get('year')}`;
}

/** "14:05 ngày 20/11/2026" in Vietnam's time zone (for messages naming when something happened). */
export function formatDateTimeVi(date: Date): string {
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: VN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
  return `${time} ngày ${formatDateVi(date)}`;
}
