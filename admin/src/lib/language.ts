import type { Lang } from './messages';

/** The cookie remembering the language a staff member chose with the switch in the header. */
export const LANG_COOKIE = 'kn_admin_lang';

function asLang(value: string | null | undefined): Lang | null {
  return value === 'vi' || value === 'en' ? value : null;
}

/**
 * The admin's language: the one chosen with the switch (cookie), else the browser's first
 * preference (`Accept-Language`: English only when it comes first, as the API decides), else
 * Vietnamese.
 */
export function pickLanguage(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Lang {
  const chosen = asLang(cookie);
  if (chosen) return chosen;
  if (!acceptLanguage) return 'vi';
  let best: { tag: string; q: number } | null = null;
  for (const part of acceptLanguage.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!tag || !Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { tag: tag.toLowerCase(), q };
  }
  return best && (best.tag === 'en' || best.tag.startsWith('en-')) ? 'en' : 'vi';
}

/** The language asked for by the switch's form, or null. */
export function chosenLanguage(value: FormDataEntryValue | null): Lang | null {
  return typeof value === 'string' ? asLang(value) : null;
}

/** Where the switch sends the staff member back: a path of this app, never another site. */
export function backTo(next: FormDataEntryValue | null): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
