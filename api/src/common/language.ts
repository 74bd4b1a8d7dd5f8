/** The languages the API answers in: Vietnamese by default, English when the request asks. */
export type Lang = 'vi' | 'en';

/**
 * The language of an `Accept-Language` header: English only when English is the caller's first
 * preference (highest q, earliest on a tie), so a Vietnamese browser that also reads English
 * keeps Vietnamese.
 */
export function languageOf(acceptLanguage: string | null | undefined): Lang {
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

/** The language a graphql-ws client asks for in its connection parameters (`lang: 'en'`). */
export function languageOfConnection(params: Readonly<Record<string, unknown>> | undefined): Lang {
  const lang = params?.lang;
  return typeof lang === 'string' ? languageOf(lang) : 'vi';
}
