import { escapeXml } from './feed';
import { localize } from './i18n/links';

export interface SitemapEntry {
  /** Path on the site, Vietnamese address (no language parameter). */
  path: string;
  lastmod?: string | null;
}

/**
 * sitemap.xml with both languages of every page: each address lists its Vietnamese and English
 * alternates, as search engines expect for translated pages.
 */
export function renderSitemap(origin: string, entries: SitemapEntry[]): string {
  const urls = entries
    .flatMap((entry) =>
      (['vi', 'en'] as const).map((lang) => {
        const loc = `${origin}${localize(entry.path, lang)}`;
        const alternates = (['vi', 'en'] as const)
          .map(
            (l) =>
              `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(origin + localize(entry.path, l))}"/>`,
          )
          .join('\n');
        return `  <url>
    <loc>${escapeXml(loc)}</loc>
${entry.lastmod ? `    <lastmod>${entry.lastmod.slice(0, 10)}</lastmod>\n` : ''}${alternates}
  </url>`;
      }),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}
