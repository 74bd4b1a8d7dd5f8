/**
 * RSS 2.0 and Atom 1.0 from one description of a feed. A source (honoured ideas today, news posts
 * once the content API lands) maps its items to `FeedItem`; the renderers know nothing of ideas.
 */
export interface FeedItem {
  /** Absolute address of the item's page: also its permanent id. */
  url: string;
  title: string;
  /** Plain text; escaped here. */
  summary: string;
  published: string;
  updated?: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed belongs to (absolute). */
  link: string;
  /** The feed's own address (absolute). */
  self: string;
  language: 'vi' | 'en';
  items: FeedItem[];
}

export function escapeXml(text: string): string {
  // XML 1.0 forbids control characters other than tab, line feed and carriage return.
  const allowed = [...text].filter((ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  });
  return allowed
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const e = escapeXml;

/** Newest first; the feed's own date is its newest item's (stable while nothing changes). */
function sorted(items: FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.published.localeCompare(a.published));
}

function lastUpdate(feed: Feed): string {
  const dates = feed.items.map((i) => i.updated ?? i.published).sort();
  return dates[dates.length - 1] ?? new Date(0).toISOString();
}

export function renderRss(feed: Feed): string {
  const items = sorted(feed.items)
    .map(
      (i) => `    <item>
      <title>${e(i.title)}</title>
      <link>${e(i.url)}</link>
      <guid isPermaLink="true">${e(i.url)}</guid>
      <pubDate>${new Date(i.published).toUTCString()}</pubDate>
      <description>${e(i.summary)}</description>
${(i.categories ?? []).map((c) => `      <category>${e(c)}</category>\n`).join('')}    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${e(feed.title)}</title>
    <link>${e(feed.link)}</link>
    <description>${e(feed.description)}</description>
    <language>${feed.language === 'vi' ? 'vi-VN' : 'en'}</language>
    <lastBuildDate>${new Date(lastUpdate(feed)).toUTCString()}</lastBuildDate>
    <atom:link href="${e(feed.self)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function renderAtom(feed: Feed): string {
  const entries = sorted(feed.items)
    .map(
      (i) => `  <entry>
    <title>${e(i.title)}</title>
    <link href="${e(i.url)}"/>
    <id>${e(i.url)}</id>
    <published>${new Date(i.published).toISOString()}</published>
    <updated>${new Date(i.updated ?? i.published).toISOString()}</updated>
    <summary>${e(i.summary)}</summary>
${(i.categories ?? []).map((c) => `    <category term="${e(c)}"/>\n`).join('')}  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.description)}</subtitle>
  <link href="${e(feed.link)}"/>
  <link href="${e(feed.self)}" rel="self" type="application/atom+xml"/>
  <id>${e(feed.self)}</id>
  <updated>${new Date(lastUpdate(feed)).toISOString()}</updated>
${entries}
</feed>
`;
}
