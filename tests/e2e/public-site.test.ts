import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  urls,
} from '../helpers/browser.js';
import { submitIdea } from '../helpers/public.js';

let browser: Browser;

/** A demo idea about clean water, published and honoured (see api/src/db/seeders/demo-data.ts). */
const WATER = 'Bể lọc nước sạch cho điểm trường và nhà văn hóa thôn Khe Rồng';

describe.skipIf(!browserAvailable)(
  `the public site: gallery, idea page, campaign, transparency, languages${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('finds "nước sạch" when searching without accents, and narrows by field, village, year, stage', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/y-tuong`);
      await page.getByLabel('Tìm kiếm').fill('nuoc sach');
      await page.getByRole('button', { name: 'Lọc' }).click();
      await page.waitForURL(/q=nuoc\+sach/);
      const results = page.getByTestId('results');
      await results.getByRole('link', { name: WATER }).waitFor();
      expect(await results.getByRole('heading').allTextContents()).toEqual([WATER]);
      expect(await page.getByTestId('result-count').textContent()).toContain('1 ý tưởng');

      // Filters combine; each value keeps its place in the address, so the result can be shared.
      await page.getByLabel('Tìm kiếm').fill('');
      // On a phone the filters other than the search fold away until asked for.
      await page.getByTestId('more-filters').click();
      await page.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế' });
      await page.getByLabel('Thôn, đơn vị').selectOption({ label: 'Thôn Khe Rồng' });
      // The year it came in (the demo's history follows the day it was seeded).
      const [received] = await e2eSql<{ year: string }>(
        `select extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')::int::text as year
           from idea where title = $1`,
        [WATER],
      );
      const year = received!.year;
      await page.getByLabel('Năm tiếp nhận').selectOption(year);
      await page.getByLabel('Giai đoạn').selectOption({ label: 'Đã ứng dụng' });
      await page.getByLabel('Chỉ ý tưởng được vinh danh').check();
      await page.getByRole('button', { name: 'Lọc' }).click();
      await page.waitForURL(/vinh-danh=1/);
      await results.getByRole('link', { name: WATER }).waitFor();
      expect(page.url()).toMatch(new RegExp(`nam=${year}`));
      expect(page.url()).toMatch(/giai-doan=APPLIED/);
      expect(await results.getByRole('heading').allTextContents()).toEqual([WATER]);

      // Another year finds nothing; "clear filters" brings every published idea back.
      await page.getByLabel('Giai đoạn').selectOption({ label: 'Đang thử nghiệm' });
      await page.getByRole('button', { name: 'Lọc' }).click();
      await page.getByText('Không có ý tưởng nào phù hợp.').waitFor();
      await page.getByRole('link', { name: 'Bỏ lọc' }).click();
      await expect.poll(async () => (await results.getByRole('heading').count()) > 3).toBe(true);
      await context.close();
    });

    it('searches without JavaScript too', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/vinh-danh`);
      await page.getByLabel('Tìm kiếm').fill('NUOC SACH');
      await page.getByRole('button', { name: 'Lọc' }).click();
      await page.getByRole('link', { name: WATER }).waitFor();
      expect(await page.locator('main').textContent()).toContain('vùng sâu, vùng xa');
      await context.close();
    });

    it('shows an idea with its attribution, stages, pilot results, Open Graph card and share links', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/vinh-danh`);
      await page.getByRole('link', { name: WATER }).click();
      await page.getByRole('heading', { name: WATER, level: 1 }).waitFor();
      const url = page.url();
      const id = /\/y-tuong\/([0-9a-f-]{36})/.exec(url)![1]!;

      expect(await page.getByTestId('idea-authors').textContent()).toContain('Hoàng Văn Minh');
      expect(await page.getByTestId('honour').textContent()).toContain('vùng sâu, vùng xa');
      const stages = page.getByTestId('stages');
      expect(await stages.locator('[aria-current="step"]').textContent()).toContain('Đã ứng dụng');
      expect(await stages.locator('li').count()).toBe(7);
      const indicators = page.getByRole('table', { name: 'Chỉ số đo kết quả thử nghiệm' });
      expect(await indicators.textContent()).toContain('Mức độ hài lòng');
      expect(await page.locator('main').textContent()).toContain('Kết quả thử nghiệm');
      expect(await page.locator('main').textContent()).toContain('Ứng dụng và nhân rộng');

      const meta = async (sel: string) =>
        page.locator(`head ${sel}`).first().getAttribute('content');
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(`${urls.public}/y-tuong/${id}`);
      expect(await meta('meta[property="og:title"]')).toBe(`${WATER} – Khơi Nguồn`);
      expect(await meta('meta[property="og:description"]')).toMatch(/^Giải pháp thiết thực/);
      expect(await meta('meta[property="og:image"]')).toBe(`${urls.public}/og-image.png`);
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
      expect(await meta('meta[name="description"]')).toBeTruthy();
      const image = await fetch(`${urls.public}/og-image.png`);
      expect(image.headers.get('content-type')).toBe('image/png');

      const encoded = encodeURIComponent(canonical!);
      expect(
        await page.getByRole('link', { name: /Chia sẻ lên Facebook/ }).getAttribute('href'),
      ).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
      expect(await page.getByRole('link', { name: /Chia sẻ qua Zalo/ }).getAttribute('href')).toBe(
        `https://sp.zalo.me/plugins/share?href=${encoded}`,
      );
      // No third-party script is loaded to share.
      const scripts = await page
        .locator('script[src]')
        .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
      expect(scripts.every((s) => s.startsWith(urls.public))).toBe(true);
      await context.close();
    });

    it('shows the transparency dashboard: each chart is an accessible image with a data table', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/minh-bach`);
      for (const [id, title] of [
        ['area', 'Ý tưởng theo loại địa bàn'],
        ['units', 'Ý tưởng theo đơn vị'],
        ['response', 'Thời gian phản hồi'],
        ['stages', 'Ý tưởng theo bước xử lý'],
        ['months', 'Ý tưởng tiếp nhận theo tháng'],
        ['funding', 'Kinh phí thử nghiệm theo nguồn'],
        ['fields', 'Ý tưởng theo lĩnh vực'],
      ] as const) {
        const section = page.getByTestId(`section-${id}`);
        await section.getByRole('heading', { name: title, level: 2 }).waitFor();
        const chart = section.getByRole('img');
        expect(await chart.count(), id).toBe(1);
        expect(await chart.locator('title').textContent()).toBeTruthy();
        expect((await chart.locator('desc').textContent())!.length).toBeGreaterThan(5);
        expect(await section.locator('table').count(), id).toBe(1);
        expect(await section.locator('table caption').textContent()).toBeTruthy();
      }
      // The month table adds up to the ideas received; the area chart's text says the same.
      const received = Number(
        (await page
          .getByRole('list', { name: 'Chỉ số chính' })
          .locator('li')
          .first()
          .textContent())!
          .replace(/\D+/g, ' ')
          .trim()
          .split(' ')[0],
      );
      const monthCells = await page
        .getByRole('table', { name: 'Ý tưởng tiếp nhận theo tháng' })
        .locator('tbody tr td:nth-child(2)')
        .allTextContents();
      expect(monthCells.reduce((s, c) => s + Number(c.replace(/\D/g, '')), 0)).toBe(received);
      expect(
        await page.getByTestId('section-area').getByRole('img').locator('desc').textContent(),
      ).toMatch(/Nông thôn: \d+/);
      // The whole-unit table names every village, including those without ideas.
      await page.getByText(/Bảng số liệu của cả \d+ đơn vị/).click();
      const units = page.getByRole('table', { name: 'Ý tưởng theo đơn vị' });
      expect(await units.textContent()).toContain('Thôn Minh Long');
      expect(await units.locator('tbody tr').count()).toBeGreaterThan(40);
      await context.close();
    });

    it('explains the campaign: phases, how to take part, criteria and council', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/`);
      await page.getByRole('link', { name: 'Tìm hiểu cách tham gia' }).click();
      await page.getByRole('heading', { name: 'Cách tham gia', level: 2 }).waitFor();
      expect(await page.getByTestId('phases').textContent()).toContain('Triển khai đồng bộ');
      expect(await page.getByTestId('phases').textContent()).toContain('01/05/2026 – 31/12/2027');
      const rubric = page.getByTestId('rubric');
      expect(await rubric.locator('tbody tr').count()).toBe(7);
      expect(await rubric.textContent()).toContain('Tính khả thi');
      expect(await rubric.textContent()).toContain('20 %');
      const council = page.getByRole('table', { name: 'Thành viên Hội đồng' });
      expect(await council.textContent()).toContain('Chủ tịch Hội đồng');
      expect(await page.locator('main').textContent()).toContain('125/QĐ-UBND');
      await context.close();
    });

    it('refreshes the home page counters while it stays open', async () => {
      const { context, page } = await newPage(browser);
      await page.clock.install();
      await page.goto(`${urls.public}/`);
      const received = page.getByTestId('counters').locator('li').first().locator('span').first();
      const before = Number((await received.textContent())!.replace(/\D/g, ''));
      await submitIdea();
      await page.clock.runFor(31_000);
      await expect
        .poll(async () => Number((await received.textContent())!.replace(/\D/g, '')))
        .toBe(before + 1);
      // Updates can be paused (WCAG 2.2.2).
      await page.getByRole('button', { name: 'Tạm dừng cập nhật' }).click();
      await page.getByText('Đã tạm dừng tự động cập nhật.').waitFor();
      await context.close();
    });

    it('switches to English and stays in English from page to page', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/minh-bach`);
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/minh-bach\?lang=en$/);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('heading', { name: 'Transparency', level: 1 }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Ideas by area type');

      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', {
          name: 'Honoured',
        })
        .click();
      await page.getByRole('heading', { name: 'Honoured ideas', level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/vinh-danh\?lang=en$/);
      await page.getByRole('link', { name: WATER }).click();
      await page.getByRole('heading', { name: 'Pilot results' }).waitFor();
      expect(page.url()).toMatch(/\?lang=en$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      // The choice is remembered: an address without ?lang opens in English.
      await page.goto(`${urls.public}/phong-trao`);
      expect(page.url()).toMatch(/\/phong-trao\?lang=en$/);
      await page.getByRole('heading', { name: 'Emulation campaigns', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Tiếng Việt' }).click();
      await page.getByRole('heading', { name: 'Phong trào thi đua', level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/phong-trao$/);
      await context.close();
    });
  },
);
