import { describe, expect, it } from 'vitest';
import { renderSitemap } from './sitemap';

describe('sitemap', () => {
  it('lists each page in both languages with their alternates', () => {
    const xml = renderSitemap('https://kn.example', [
      { path: '/' },
      { path: '/y-tuong/1', lastmod: '2026-07-01T02:00:00.000Z' },
    ]);
    expect(xml).toContain('<loc>https://kn.example/</loc>');
    expect(xml).toContain('<loc>https://kn.example/?lang=en</loc>');
    expect(xml).toContain('<loc>https://kn.example/y-tuong/1?lang=en</loc>');
    expect(xml).toContain('<lastmod>2026-07-01</lastmod>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://kn.example/y-tuong/1?lang=en"/>',
    );
    expect(xml.match(/<url>/g)).toHaveLength(4);
  });
});
