import type { Lang } from './index';

/**
 * The language of a page is part of its address (`?lang=en`; Vietnamese has no parameter), so a
 * shared link opens in the language it was shared in and a CDN caches each language separately.
 * Internal links and form actions go through these helpers.
 */
export function localize(href: string, lang: Lang): string {
  if (!href.startsWith('/') && !href.startsWith('?') && !href.startsWith('#')) return href;
  if (href.startsWith('#')) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const qAt = rest.indexOf('?');
  const path = qAt >= 0 ? rest.slice(0, qAt) : rest;
  // Not URLSearchParams: form actions ("?/track") are keys without a value and must stay as typed.
  const parts = (qAt >= 0 ? rest.slice(qAt + 1) : '')
    .split('&')
    .filter((p) => p && !p.startsWith('lang='));
  if (lang === 'en') parts.push('lang=en');
  return `${path}${parts.length ? `?${parts.join('&')}` : ''}${hash}`;
}

/** A form action (`?/name`) that keeps the page's language after a post without JavaScript. */
export function actionUrl(name: string, lang: Lang, hash = ''): string {
  return localize(`?/${name}${hash}`, lang);
}

/** The language switch: remembers the choice in a cookie, then returns to the same page. */
export function switchLanguageHref(to: Lang, pathAndSearch: string): string {
  return `/ngon-ngu?lang=${to}&next=${encodeURIComponent(localize(pathAndSearch, 'vi'))}`;
}

/** Only local paths are followed after switching language (no open redirect). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
