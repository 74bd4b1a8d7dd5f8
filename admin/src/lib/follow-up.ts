/**
 * Presentation helpers of what follows triage on the idea page (support, pilots, adoption,
 * honouring) and of the awards pages: which answers are announced at the top of the page, field
 * errors by API path, rows put back after a refusal, and calendar days (YYYY-MM-DD) of the API.
 */
import type { FormResult } from '$lib/form-result';
import { parseDate } from './dates';

/**
 * Forms whose success changes the idea's step, so the form itself goes away: their message is
 * shown at the top of the page, like the triage decisions.
 */
export const FOLLOW_UP_TOP = [
  'startSupport',
  'startPilot',
  'adopt',
  'completeSupport',
  'reportPilot',
] as const;

/** The error of one field (API path such as "pilot.scope" or "budget.2.amount"). */
export function errorOf(r: FormResult | null, key: string): string | undefined {
  return r && !r.ok ? r.fieldErrors[key] : undefined;
}

/** The first error of a field or of anything under it ("support.tasks" covers "support.tasks.3"). */
export function errorUnder(r: FormResult | null, prefix: string): string | undefined {
  if (!r || r.ok) return undefined;
  const key = Object.keys(r.fieldErrors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? r.fieldErrors[key] : undefined;
}

/** Repeated rows put back into a form after a refusal. */
export function keptRows(r: FormResult | null, name: string): Record<string, string>[] {
  if (!r || r.ok) return [];
  const v = r.values[name];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Record<string, string> => Boolean(x) && typeof x === 'object');
}

/** A date typed or picked (dd/mm/yyyy or yyyy-mm-dd) as the API's calendar day, or null. */
export function isoDay(input: string | null | undefined): string | null {
  const d = parseDate(input);
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The API's calendar day (YYYY-MM-DD) as dd/mm/yyyy. */
export function formatDay(day: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** Lines of a text area, one item each, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Stages at which the hub considers honouring an idea (an honoured idea keeps the panel). */
export function mayBeHonoured(status: string, honouredAt: string | null): boolean {
  return Boolean(honouredAt) || ['RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED'].includes(status);
}
