import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  moveServerClock,
  newPage,
  skipReason,
  urls,
} from '../helpers/browser.js';
import { apiGql, staffToken } from '../helpers/public.js';

const LAUNCH =
  'UBND xã Như Thanh phát động phong trào thi đua đổi mới sáng tạo giai đoạn 2026 – 2030';
const LAUNCH_SLUG =
  'ubnd-xa-nhu-thanh-phat-dong-phong-trao-thi-dua-doi-moi-sang-tao-giai-doan-2026';

const POST = `id slug title version status`;
const CREATE = `mutation ($input: PostInput!) { createPost(input: $input) { ${POST} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: PostInput!) {
  updatePost(id: $id, expectedVersion: $v, input: $input) { ${POST} } }`;
const PUBLISH = `mutation ($id: ID!) { publishPost(id: $id) { ${POST} publishedAt } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishPost(id: $id) { id } }`;

const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

const stamp = Date.now().toString(36);
let token = '';
/** Posts this file published: taken off the site again at the end. */
const created: string[] = [];

async function post(input: Record<string, unknown>, publish = true) {
  const { createPost } = await apiGql(
    CREATE,
    { input: { kind: 'NEWS', body: doc('Nội dung bài kiểm thử.'), ...input } },
    token,
  );
  if (!publish) return createPost;
  const { publishPost } = await apiGql(PUBLISH, { id: createPost.id }, token);
  created.push(createPost.id);
  return { ...createPost, ...publishPost };
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${urls.public}${path}`, { headers, redirect: 'manual' });

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `news, pages and previews on the public site${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
      token = await staffToken();
    });
    afterAll(async () => {
      // Whatever this file published leaves the public lists other files look at (a new session:
      // the clock moved past the first one's idle time).
      token = await staffToken();
      for (const id of created) await apiGql(UNPUBLISH, { id }, token).catch(() => undefined);
      await browser?.close();
    });

    it('lists news newest first with responsive covers, and opens an article', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/tin-tuc`);
      await page.getByRole('heading', { level: 1, name: 'Tin tức' }).waitFor();
      const list = page.getByTestId('news-list');
      // Both kinds, newest first (dates of the demo posts).
      const dates = await list
        .locator('article time')
        .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect(dates.length).toBeGreaterThanOrEqual(6);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(await list.getByText('Tuyên truyền', { exact: true }).count()).toBeGreaterThan(0);
      // Covers: AVIF and WebP sources with widths, reserved size, only the first image eager.
      const covers = await list.locator('picture').evaluateAll((pictures) =>
        pictures.map((p) => {
          const img = p.querySelector('img')!;
          return {
            types: [...p.querySelectorAll('source')].map((s) => s.getAttribute('type')),
            srcset: img.getAttribute('srcset'),
            sizes: img.getAttribute('sizes'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            loading: img.getAttribute('loading'),
          };
        }),
      );
      expect(covers.length).toBeGreaterThanOrEqual(3);
      for (const c of covers) {
        expect(c.types).toEqual(['image/avif', 'image/webp']);
        expect(c.srcset).toMatch(/ 320w, .* 640w/);
        expect(c.sizes).toBeTruthy();
        expect(Number(c.width)).toBeGreaterThan(0);
        expect(Number(c.height)).toBeGreaterThan(0);
      }
      const firstIsCover = await list
        .locator('article')
        .first()
        .evaluate((a) => a.querySelector('picture') !== null);
      expect(covers.map((c) => c.loading)).toEqual(
        covers.map((_, i) => (i === 0 && firstIsCover ? 'eager' : 'lazy')),
      );
      // The images are served by the public site itself.
      const shown = await list
        .locator('img')
        .first()
        .evaluate(async (img: HTMLImageElement) => {
          img.loading = 'eager';
          await img.decode();
          return { w: img.naturalWidth, src: img.currentSrc };
        });
      expect(shown.w).toBeGreaterThan(0);
      expect(new URL(shown.src).origin).toBe(new URL(urls.public).origin);

      await list.getByRole('link', { name: LAUNCH }).click();
      await page.waitForURL(new RegExp(`/tin-tuc/${LAUNCH_SLUG}$`));
      await page.getByRole('heading', { level: 1, name: LAUNCH }).waitFor();
      expect(await page.locator('article.post .meta').innerText()).toContain(
        'Đăng ngày 25/05/2026',
      );
      await page
        .getByRole('heading', { level: 2, name: 'Tiếp nhận cả trực tiếp và trực tuyến' })
        .waitFor();
      // Tags lead to the filtered list.
      await page
        .getByRole('list', { name: 'Chủ đề' })
        .getByRole('link', { name: 'Tin hoạt động' })
        .waitFor();
      // The cover is cropped around its focal point and loads at once.
      const cover = page.locator('figure.cover img');
      expect(await cover.getAttribute('loading')).toBe('eager');
      expect(await cover.evaluate((img) => getComputedStyle(img).objectPosition)).toBe('50% 50%');
      // Search engines and share cards.
      const canonical = `${urls.public}/tin-tuc/${LAUNCH_SLUG}`;
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
      expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe(
        'article',
      );
      const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(og).toMatch(new RegExp(`^${urls.public}/media/[0-9a-f-]{36}/og-1200x630-\\w+\\.jpg$`));
      const ogRes = await fetch(og);
      expect(ogRes.status).toBe(200);
      expect(ogRes.headers.get('content-type')).toBe('image/jpeg');
      expect(ogRes.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
        'Sáng 25/5/2026',
      );
      const share = page.getByRole('region', { name: 'Chia sẻ' });
      expect(
        await share.getByRole('link', { name: /Chia sẻ lên Facebook/ }).getAttribute('href'),
      ).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);
      expect(await share.getByRole('link', { name: /Chia sẻ qua Zalo/ }).getAttribute('href')).toBe(
        `https://sp.zalo.me/plugins/share?href=${encodeURIComponent(canonical)}`,
      );
      await context.close();
    });

    it('filters by kind and tag, and pages with the cursors across both kinds', async () => {
      const { createTag } = await apiGql(
        `mutation ($i: TagInput!) { createTag(input: $i) { id slug } }`,
        { i: { name: `Kiểm thử phân trang ${stamp}`, kind: 'TOPIC' } },
        token,
      );
      const titles: string[] = [];
      for (let i = 0; i < 12; i++) {
        const title = `Bài phân trang ${stamp} số ${String(i + 1).padStart(2, '0')}`;
        await post({
          title,
          kind: i % 3 === 0 ? 'PROPAGANDA' : 'NEWS',
          tagIds: [createTag.id],
        });
        titles.unshift(title); // newest first
      }
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/tin-tuc?the=${createTag.slug}`);
      expect(await page.getByTestId('news-count').innerText()).toBe('12 bài viết');
      const shownTitles = () => page.getByTestId('news-list').locator('h3').allInnerTexts();
      const first = await shownTitles();
      expect(first).toEqual(titles.slice(0, 10));
      await page.getByRole('link', { name: 'Bài cũ hơn' }).click();
      await page.waitForURL(/sau=/);
      expect(await shownTitles()).toEqual(titles.slice(10));
      expect(await page.getByRole('link', { name: 'Bài cũ hơn' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Về bài mới nhất' }).click();
      await page.waitForURL((u) => !u.search.includes('sau='));
      expect(await shownTitles()).toEqual(titles.slice(0, 10));
      // One kind: the propaganda posts of the tag only.
      const kinds = page.getByRole('list', { name: 'Loại bài' });
      await kinds.getByRole('link', { name: 'Tuyên truyền' }).click();
      await page.waitForURL(/loai=tuyen-truyen/);
      expect(await page.getByTestId('news-count').innerText()).toBe('4 bài viết');
      expect(await shownTitles()).toEqual(titles.filter((_, i) => (11 - i) % 3 === 0));
      expect(
        await kinds.getByRole('link', { name: 'Tuyên truyền' }).getAttribute('aria-current'),
      ).toBe('page');
      await context.close();
    });

    it('moves an article whose address changed with a 301, and lists it in the feeds', async () => {
      const title = `Thôn Đồng Lạc ra quân làm đường ${stamp}`;
      const p = await post({ title, summary: 'Cả thôn cùng làm đường bê tông.' });
      const oldSlug = p.slug;
      expect((await get(`/tin-tuc/${oldSlug}`)).status).toBe(200);
      const newSlug = `lam-duong-be-tong-dong-lac-${stamp}`;
      const { updatePost } = await apiGql(
        UPDATE,
        {
          id: p.id,
          v: p.version,
          input: {
            kind: 'NEWS',
            title,
            slug: newSlug,
            summary: 'Cả thôn cùng làm đường bê tông.',
            body: doc('Nội dung bài kiểm thử.'),
          },
        },
        token,
      );
      expect(updatePost.slug).toBe(newSlug);

      const moved = await get(`/tin-tuc/${oldSlug}`);
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(`/tin-tuc/${newSlug}`);
      const movedEn = await get(`/tin-tuc/${oldSlug}?lang=en`);
      expect(movedEn.status).toBe(301);
      expect(movedEn.headers.get('location')).toBe(`/tin-tuc/${newSlug}?lang=en`);
      // A browser follows it to the article.
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/tin-tuc/${oldSlug}`);
      expect(new URL(page.url()).pathname).toBe(`/tin-tuc/${newSlug}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await context.close();

      const rss = await (await get('/tin-tuc/rss.xml')).text();
      expect(rss).toContain('<rss version="2.0"');
      expect(rss).toContain(`<title>${title}</title>`);
      expect(rss).toContain(`<link>${urls.public}/tin-tuc/${newSlug}</link>`);
      expect(rss).toContain(`<atom:link href="${urls.public}/tin-tuc/rss.xml" rel="self"`);
      expect(rss).not.toContain(oldSlug);
      const atom = await get('/tin-tuc/atom.xml?lang=en');
      expect(atom.headers.get('content-type')).toContain('application/atom+xml');
      expect(await atom.text()).toContain(`${urls.public}/tin-tuc/${newSlug}?lang=en`);
      // Every page links the feeds; the sitemap lists news and pages in both languages.
      const home = await (await get('/')).text();
      expect(home).toContain(
        '<link rel="alternate" type="application/rss+xml" title="RSS tin tức" href="/tin-tuc/rss.xml"',
      );
      const sitemap = await (await get('/sitemap.xml')).text();
      expect(sitemap).toMatch(
        new RegExp(
          `<loc>${urls.public}/tin-tuc/${newSlug}</loc>\\s*<lastmod>\\d{4}-\\d\\d-\\d\\d</lastmod>`,
        ),
      );
      expect(sitemap).toContain(`<loc>${urls.public}/tin-tuc/${newSlug}?lang=en</loc>`);
      expect(sitemap).toContain(`<loc>${urls.public}/trang/the-le</loc>`);
      expect(sitemap).toContain(`<loc>${urls.public}/tin-tuc</loc>`);
    });

    it('answers unknown articles and pages with the 404 page', async () => {
      for (const path of [
        '/tin-tuc/khong-co-bai-nay',
        '/trang/khong-co-trang-nay',
        '/trang/' + LAUNCH_SLUG,
      ]) {
        const res = await get(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('cache-control'), path).toBe('private, no-store');
      }
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/tin-tuc/khong-co-bai-nay?lang=en`);
      await page.getByRole('heading', { level: 1, name: '404' }).waitFor();
      await page.getByText('This article does not exist or has not been published.').waitFor();
      await context.close();
    });

    it('shows the static pages from the footer and the campaign page', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/`);
      await page
        .getByRole('navigation', { name: 'Về phong trào' })
        .getByRole('link', { name: 'Thể lệ' })
        .click();
      await page.waitForURL(/\/trang\/the-le$/);
      await page.getByRole('heading', { level: 1, name: 'Thể lệ' }).waitFor();
      await page.getByRole('heading', { level: 2, name: '1. Tiêu chí đánh giá ý tưởng' }).waitFor();
      // A page has no date or share box.
      expect(await page.getByRole('region', { name: 'Chia sẻ' }).count()).toBe(0);
      const { currentCampaign } = await apiGql<{ currentCampaign: { code: string } }>(
        '{ currentCampaign { code } }',
      );
      await page.goto(`${urls.public}/phong-trao/${currentCampaign.code}`);
      await page
        .getByTestId('campaign-pages')
        .getByRole('link', { name: 'Hướng dẫn tham gia' })
        .click();
      await page.waitForURL(/\/trang\/huong-dan-tham-gia$/);
      await page.getByRole('heading', { level: 1, name: 'Hướng dẫn tham gia' }).waitFor();
      await context.close();
    });

    it('shows the editors’ banners, featured items and latest news on the home page', async () => {
      // The featured list is the editors' and other files change it too: this test sets the one
      // it checks — the launch article, then an honoured idea — and puts theirs back afterwards.
      const { featured: theirs } = await apiGql<{
        featured: { idea: { id: string } | null; post: { id: string } | null }[];
      }>('{ featured { idea { id } post { id } } }', {}, token);
      const { post: launch } = await apiGql<{ post: { post: { id: string } } }>(
        'query ($s: String!) { post(slug: $s) { post { id } } }',
        { s: LAUNCH_SLUG },
      );
      const { ideas: honoured } = await apiGql<{
        ideas: { nodes: { id: string; title: string }[] };
      }>('{ ideas(first: 1, where: { honoured: true }) { nodes { id title } } }');
      const idea = honoured.nodes[0]!;
      const setFeatured = (items: { ideaId?: string; postId?: string }[]) =>
        apiGql(
          'mutation ($i: [FeaturedInput!]!) { setFeatured(items: $i) { position } }',
          { i: items },
          token,
        );
      await setFeatured([{ postId: launch.post.id }, { ideaId: idea.id }]);
      try {
        await checkHome(idea.title);
      } finally {
        await setFeatured(
          theirs.map((f) => (f.idea ? { ideaId: f.idea.id } : { postId: f.post!.id })),
        );
      }
    });

    async function checkHome(featuredIdea: string) {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/`);
      const banners = page.getByTestId('banners');
      const banner = banners.getByRole('link', {
        name: 'Gửi ý tưởng của bạn cho phong trào thi đua 2026 – 2030',
      });
      expect(await banner.getAttribute('href')).toBe('/gui-y-tuong');
      const img = banners.locator('img').first();
      expect(await img.getAttribute('alt')).toMatch(/^Băng-rôn: /);
      expect(await img.getAttribute('loading')).toBe('eager');
      // Featured, in the editors' order: the launch article, then honoured ideas.
      const featured = page.getByTestId('featured');
      await featured.getByRole('heading', { level: 2, name: 'Tiêu biểu' }).waitFor();
      const cards = await featured.locator('h3').allInnerTexts();
      expect(cards[0]).toBe(LAUNCH);
      expect(cards.length).toBeGreaterThan(1);
      expect(cards[1]).toBe(featuredIdea);
      const news = page.getByTestId('latest-news');
      expect(await news.locator('article').count()).toBe(3);
      await news.getByRole('link', { name: 'Xem tất cả tin tức' }).click();
      await page.waitForURL(/\/tin-tuc$/);
      await context.close();
    }

    it('previews a draft through its signed link, while the draft stays off the site', async () => {
      const title = `Bản nháp xem trước ${stamp}`;
      const draft = await post({ title, summary: 'Chưa đăng.' }, false);
      const { createPreviewLink: link } = await apiGql<{ createPreviewLink: string }>(
        'mutation ($id: ID!) { createPreviewLink(postId: $id) }',
        { id: draft.id },
        token,
      );
      expect(link).toMatch(new RegExp(`^${urls.public}/xem-truoc\\?token=`));
      const path = link.slice(urls.public.length);

      expect((await get(`/tin-tuc/${draft.slug}`)).status).toBe(404);
      expect(await (await get('/tin-tuc')).text()).not.toContain(title);
      expect(await (await get('/tin-tuc/rss.xml')).text()).not.toContain(title);

      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      const { context, page } = await newPage(browser);
      await page.goto(link);
      const banner = page.getByTestId('preview-banner');
      expect(await banner.innerText()).toContain('BẢN XEM TRƯỚC — CHƯA CÔNG BỐ');
      expect(await banner.innerText()).toContain('Trạng thái hiện tại: Bản nháp.');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.getByTestId('post-body').innerText()).toContain('Nội dung bài kiểm thử.');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');

      // A damaged link, then an expired one, say so in Vietnamese.
      const broken = await get(`${path.slice(0, -4)}abcd`);
      expect(broken.status).toBe(403);
      await page.goto(`${urls.public}/xem-truoc?token=khong-hop-le`);
      await page
        .getByRole('heading', { level: 1, name: 'Liên kết xem trước không hợp lệ' })
        .waitFor();
      await moveServerClock({ advanceMs: 2 * 3_600_000 + 60_000 });
      await page.goto(link);
      await page
        .getByRole('heading', { level: 1, name: 'Liên kết xem trước đã hết hạn' })
        .waitFor();
      await page.getByText(/tạo liên kết xem trước mới/).waitFor();
      expect((await get(path)).headers.get('cache-control')).toBe('private, no-store');
      await context.close();
    });
  },
);
