import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, renderRss, type Feed } from './feed';

const feed: Feed = {
  title: 'Ý tưởng được vinh danh',
  description: 'Khơi Nguồn',
  link: 'https://kn.example/vinh-danh',
  self: 'https://kn.example/vinh-danh/rss.xml',
  language: 'vi',
  items: [
    {
      url: 'https://kn.example/y-tuong/1',
      title: 'Bể lọc nước sạch <Khe Rồng> & "điểm trường"',
      summary: 'Nước sạch cho 60 hộ',
      published: '2026-07-01T02:00:00.000Z',
      categories: ['Môi trường'],
    },
    {
      url: 'https://kn.example/y-tuong/2',
      title: 'Mã QR',
      summary: 'Thủ tục',
      published: '2026-08-01T02:00:00.000Z',
    },
  ],
};

describe('feeds', () => {
  it('escape markup and drop characters XML forbids', () => {
    expect(escapeXml('a < b & "c"\u0001')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it('render RSS 2.0, newest first, with a self link and permanent ids', () => {
    const xml = renderRss(feed);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<atom:link href="https://kn.example/vinh-danh/rss.xml" rel="self"');
    expect(xml.indexOf('Mã QR')).toBeLessThan(xml.indexOf('Bể lọc'));
    expect(xml).toContain('Bể lọc nước sạch &lt;Khe Rồng&gt; &amp; &quot;điểm trường&quot;');
    expect(xml).toContain('<guid isPermaLink="true">https://kn.example/y-tuong/1</guid>');
    expect(xml).toContain('<pubDate>Wed, 01 Jul 2026 02:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>Môi trường</category>');
    expect(xml).toContain('<lastBuildDate>Sat, 01 Aug 2026 02:00:00 GMT</lastBuildDate>');
  });

  it('render Atom 1.0 from the same description', () => {
    const xml = renderAtom(feed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">');
    expect(xml).toContain('<id>https://kn.example/y-tuong/2</id>');
    expect(xml).toContain('<updated>2026-08-01T02:00:00.000Z</updated>');
  });
});
