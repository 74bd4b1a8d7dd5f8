import { describe, expect, it } from 'vitest';
import { browserAvailable, DEMO, e2eSql, skipReason, urls } from '../helpers/browser.js';
import { apiGql, staffToken, submitIdea } from '../helpers/public.js';
import { png } from '../helpers/png.js';

const PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
const PRIVATE = 'private, no-store';

// Plain HTTP against the built public site; it runs with the browser suites because they share
// the platform the e2e setup starts.
describe.skipIf(!browserAvailable)(
  `HTTP caching, feeds and search-engine files of the public site${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${urls.public}${path}`, { headers, redirect: 'manual' });

    it('lets a CDN cache public pages, with an ETag answered by 304 Not Modified', async () => {
      const [idea] = await e2eSql<{ id: string }>(
        `select id from idea where published_at is not null and rights_status = 'ESTABLISHED' limit 1`,
      );
      const [article] = await e2eSql<{ slug: string }>(
        `select slug from post where kind = 'NEWS' and status = 'PUBLISHED' limit 1`,
      );
      for (const path of [
        '/',
        '/?lang=en',
        '/tin-tuc',
        '/tin-tuc?the=tin-hoat-dong',
        `/tin-tuc/${article!.slug}`,
        `/tin-tuc/${article!.slug}?lang=en`,
        '/trang/the-le',
        '/tin-tuc/rss.xml',
        '/tin-tuc/atom.xml',
        '/y-tuong',
        '/y-tuong?q=nuoc+sach',
        `/y-tuong/${idea!.id}`,
        '/vinh-danh',
        '/phong-trao',
        '/minh-bach',
        '/noi-gui-truc-tiep',
        '/noi-gui-truc-tiep?q=dong+lac',
        '/kiem-tra-bien-nhan',
        '/so-bien-nhan',
        '/vinh-danh/rss.xml',
        '/sitemap.xml',
        '/robots.txt',
      ]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('cache-control'), path).toBe(PUBLIC);
        const etag = res.headers.get('etag');
        expect(etag, path).toMatch(/^W\/".+"$/);
        const body = await res.text();
        expect(res.headers.get('set-cookie'), path).toBeNull();

        const again = await get(path, { 'if-none-match': etag! });
        expect(again.status, path).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('cache-control')).toBe(PUBLIC);
        // A stale validator gets the full page.
        const stale = await get(path, { 'if-none-match': 'W/"ancien"' });
        expect(stale.status, path).toBe(200);
        expect((await stale.text()).length).toBe(body.length);
      }
    });

    it('changes the ETag when the content changes', async () => {
      const first = await get('/so-bien-nhan?sau=0');
      await submitIdea(); // a new receipt enters the public log
      const second = await get('/so-bien-nhan?sau=0');
      expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'));
    });

    it('knows the ETag of home and content pages from the content version, before rendering', async () => {
      const etag = async (path: string) => (await get(path)).headers.get('etag')!;
      // Validators of the content version are marked `c`; other pages hash what they rendered.
      for (const path of ['/', '/tin-tuc', '/trang/the-le', '/tin-tuc/rss.xml'])
        expect(await etag(path), path).toMatch(/^W\/"c[\w-]{26}"$/);
      const token = await staffToken();

      // Publishing a post changes the home page (latest news), the list and the feed.
      const before = {
        home: await etag('/'),
        list: await etag('/tin-tuc'),
      };
      const title = `Tin kiểm thử bộ đệm ${Date.now().toString(36)}`;
      const { createPost } = await apiGql(
        'mutation ($input: PostInput!) { createPost(input: $input) { id slug } }',
        {
          input: {
            kind: 'NEWS',
            title,
            body: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin.' }] }],
            },
          },
        },
        token,
      );
      // A draft changes nothing public.
      expect(await etag('/')).toBe(before.home);
      await apiGql(
        'mutation ($id: ID!) { publishPost(id: $id) { id } }',
        { id: createPost.id },
        token,
      );
      const after = await etag('/');
      expect(after).not.toBe(before.home);
      const revalidated = await get('/', { 'if-none-match': before.home });
      expect(revalidated.status).toBe(200);
      expect(await revalidated.text()).toContain(title);
      expect(await etag('/tin-tuc')).not.toBe(before.list);
      expect((await get('/', { 'if-none-match': after })).status).toBe(304);
      await apiGql(
        'mutation ($id: ID!) { unpublishPost(id: $id) { id } }',
        { id: createPost.id },
        token,
      );
      expect(await etag('/')).not.toBe(after);

      // A picture's new description shows in the article: its ETag changes. The article and its
      // picture are this file's own (other files read the demo's), withdrawn afterwards.
      const alt = `Ảnh bìa kiểm thử bộ đệm ${Date.now().toString(36)}`;
      const uploaded = await fetch(new URL('/media', urls.api), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'x-file-name': encodeURIComponent('bia-bo-dem.png'),
          'x-alt': encodeURIComponent(alt),
        },
        body: new Uint8Array(png(640, 400)),
      });
      expect(uploaded.status).toBe(201);
      const cover = (await uploaded.json()) as { id: string };
      const { createPost: article } = await apiGql<{ createPost: { id: string; slug: string } }>(
        'mutation ($input: PostInput!) { createPost(input: $input) { id slug } }',
        {
          input: {
            kind: 'NEWS',
            title: `Bài có ảnh bìa kiểm thử bộ đệm ${Date.now().toString(36)}`,
            coverImageId: cover.id,
            body: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin có ảnh.' }] }],
            },
          },
        },
        token,
      );
      await apiGql(
        'mutation ($id: ID!) { publishPost(id: $id) { id } }',
        { id: article.id },
        token,
      );
      try {
        const articleBefore = await etag(`/tin-tuc/${article.slug}`);
        expect(await (await get(`/tin-tuc/${article.slug}`)).text()).toContain(alt);
        await apiGql(
          'mutation ($id: ID!, $input: MediaInput!) { updateMedia(id: $id, input: $input) { id } }',
          { id: cover.id, input: { alt: `${alt} (đã sửa)` } },
          token,
        );
        const changed = await get(`/tin-tuc/${article.slug}`, { 'if-none-match': articleBefore });
        expect(changed.status).toBe(200);
        expect(await changed.text()).toContain(`${alt} (đã sửa)`);
      } finally {
        await apiGql(
          'mutation ($id: ID!) { unpublishPost(id: $id) { id } }',
          { id: article.id },
          token,
        );
      }

      // An idea leaving the public site changes the home page (latest ideas), and so does its
      // return. The idea is this file's own: published for the test, withdrawn afterwards.
      const hub = await staffToken(DEMO.hub);
      const receipt = await submitIdea({
        title: `Ý tưởng kiểm thử bộ đệm trang chủ ${Date.now().toString(36)}`,
        consents: { noticeVersion: 1, processData: true, showName: true, publishContent: true },
      });
      const [idea] = await e2eSql<{ id: string; title: string }>(
        'select id, title from idea where tracking_code = $1',
        [receipt.trackingCode],
      );
      await apiGql(
        'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }',
        { i: { ideaId: idea!.id, status: 'ESTABLISHED', reason: 'Đủ điều kiện công khai.' } },
        hub,
      );
      const publish = (published: boolean) =>
        apiGql(
          'mutation ($id: ID!, $p: Boolean!) { setIdeaPublished(id: $id, published: $p) { id } }',
          { id: idea!.id, p: published },
          hub,
        );
      await publish(true);
      const shown = await etag('/');
      expect(await (await get('/')).text()).toContain(idea!.title);
      await publish(false);
      const hidden = await get('/', { 'if-none-match': shown });
      expect(hidden.status).toBe(200);
      expect(await hidden.text()).not.toContain(idea!.title);
      await publish(true);
      try {
        expect(await etag('/')).not.toBe(hidden.headers.get('etag'));
        expect(await (await get('/')).text()).toContain(idea!.title);
        // Nothing changed since: the same ETag, answered without a body.
        const settled = await etag('/');
        expect((await get('/', { 'if-none-match': settled })).status).toBe(304);
      } finally {
        await publish(false);
      }
    });

    it('never lets a cache keep pages with personal data or one-time values', async () => {
      for (const path of ['/tra-cuu', '/gui-y-tuong', '/dong-tac-gia?ma=abc', '/ngon-ngu']) {
        const res = await get(path);
        expect(res.headers.get('cache-control'), path).toBe(PRIVATE);
      }
      const receipt = await submitIdea({
        author: { fullName: 'Phí Thị Riêng Tư', email: 'rieng.tu@example.com' },
      });
      const form = new URLSearchParams({
        code: receipt.trackingCode,
        contact: 'rieng.tu@example.com',
      });
      const tracked = await fetch(`${urls.public}/tra-cuu?/track`, {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: urls.public },
        redirect: 'manual',
      });
      expect(tracked.headers.get('cache-control')).toBe(PRIVATE);
      const cookie = tracked.headers.get('set-cookie')!;
      expect(cookie).toMatch(/kn_track=/);
      const page = await get('/tra-cuu', { cookie: cookie.split(';')[0]! });
      expect(await page.text()).toContain(receipt.title);
      expect(page.headers.get('cache-control')).toBe(PRIVATE);
      expect(page.headers.get('etag')).toBeNull();
      // A form post on a public page is private too.
      const [idea] = await e2eSql<{ id: string }>(
        `select id from idea where published_at is not null and rights_status = 'ESTABLISHED' limit 1`,
      );
      const post = await fetch(`${urls.public}/y-tuong/${idea!.id}?/dispute`, {
        method: 'POST',
        body: new URLSearchParams({ claimantName: '' }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: urls.public },
      });
      expect(post.headers.get('cache-control')).toBe(PRIVATE);
    });

    it('sends a visitor who chose English to the English address, without caching the redirect', async () => {
      const res = await get('/minh-bach?x=1', { cookie: 'lang=en', accept: 'text/html' });
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toBe('/minh-bach?x=1&lang=en');
      expect(res.headers.get('cache-control')).toBe(PRIVATE);
      // Feeds and data are not redirected.
      expect((await get('/vinh-danh/rss.xml', { cookie: 'lang=en' })).status).toBe(200);
      const switched = await get('/ngon-ngu?lang=en&next=%2Fy-tuong%3Fq%3Da');
      expect(switched.status).toBe(303);
      expect(switched.headers.get('location')).toBe('/y-tuong?q=a&lang=en');
      expect(switched.headers.get('set-cookie')).toMatch(/lang=en/);
      const offsite = await get('/ngon-ngu?lang=en&next=%2F%2Fevil.example');
      expect(offsite.headers.get('location')).toBe('/?lang=en');
    });

    it('publishes RSS and Atom feeds of honoured ideas with canonical links', async () => {
      const rss = await (await get('/vinh-danh/rss.xml')).text();
      expect(rss).toContain('<rss version="2.0"');
      expect(rss).toContain('Bể lọc nước sạch cho điểm trường và nhà văn hóa thôn Khe Rồng');
      expect(rss).toMatch(new RegExp(`<link>${urls.public}/y-tuong/[0-9a-f-]{36}</link>`));
      expect(rss).toContain(`<atom:link href="${urls.public}/vinh-danh/rss.xml" rel="self"`);
      const atom = await get('/vinh-danh/atom.xml?lang=en');
      expect(atom.headers.get('content-type')).toContain('application/atom+xml');
      const text = await atom.text();
      expect(text).toContain('<title>Honoured ideas – Khơi Nguồn</title>');
      expect(text).toMatch(/\/y-tuong\/[0-9a-f-]{36}\?lang=en/);
      // Only published ideas: an idea nobody published never appears.
      const [hidden] = await e2eSql<{ id: string }>(
        'select id from idea where published_at is null limit 1',
      );
      expect(rss).not.toContain(hidden!.id);
    });

    it('lists public pages in both languages in the sitemap and points robots to it', async () => {
      const robots = await (await get('/robots.txt')).text();
      expect(robots).toContain(`Sitemap: ${urls.public}/sitemap.xml`);
      expect(robots).toContain('Disallow: /tra-cuu');
      expect(robots).toContain('Disallow: /xem-truoc');
      const sitemap = await (await get('/sitemap.xml')).text();
      expect(sitemap).toContain(`<loc>${urls.public}/minh-bach</loc>`);
      expect(sitemap).toContain(`<loc>${urls.public}/minh-bach?lang=en</loc>`);
      // Every idea the public may see, as the API lists it to an anonymous caller.
      const { ideas } = await apiGql<{ ideas: { nodes: { id: string }[] } }>(
        '{ ideas(first: 100, orderBy: { field: PUBLISHED_AT, direction: DESC }) { nodes { id } } }',
      );
      expect(ideas.nodes.length).toBeGreaterThan(3);
      for (const p of ideas.nodes) expect(sitemap).toContain(`/y-tuong/${p.id}`);
      expect(sitemap).not.toContain('/tra-cuu');
    });
  },
);
