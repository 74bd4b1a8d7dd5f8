import { env } from '$env/dynamic/private';
import type { Lang } from '$lib/i18n';
import { localize } from '$lib/i18n/links';

/** The public address of the site (KN_PUBLIC_URL), for canonical links, feeds and the sitemap. */
export function siteOrigin(url: URL): string {
  return (env.KN_PUBLIC_URL || url.origin).replace(/\/+$/, '');
}

/** The absolute, language-qualified address of a path on this site. */
export function absoluteUrl(origin: string, path: string, lang: Lang = 'vi'): string {
  return `${origin}${localize(path, lang)}`;
}
