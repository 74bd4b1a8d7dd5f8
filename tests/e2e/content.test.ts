import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';
import { png } from '../helpers/png.js';

let browser: Browser;

/** yyyy-mm-dd and HH:mm of an instant in Vietnam (what the date and time inputs take). */
function vnInputs(at: Date): { date: string; time: string; shown: string } {
  const vn = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const [date, rest] = vn.split('T') as [string, string];
  const time = rest.slice(0, 5);
  const [y, m, d] = date.split('-');
  return { date, time, shown: `${d}/${m}/${y} ${time}` };
}

const apiOrigin = () => urls.api.replace(/\/graphql\/?$/, '');

/** Moves (or just reads) the API's test clock; scheduled publications that fall due run. */
async function moveClock(body: { advanceMs?: number } = {}): Promise<Date> {
  const res = await fetch(`${apiOrigin()}/__test__/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, 'POST /__test__/clock (KN_TEST_CLOCK=1 in the e2e setup)').toBe(200);
  return new Date(((await res.json()) as { now: string }).now);
}

async function publicText(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${urls.public}${path}`, { redirect: 'follow' });
  return { status: res.status, text: await res.text() };
}

describe.skipIf(!browserAvailable)(
  `an editor schedules a post that the public site shows once its time comes${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let page: Page;
    const stamp = Date.now().toString(36);
    const title = `Ra quân thắp sáng đường quê ${stamp}`;
    const alt = `Thanh niên thôn Đồng Lạc lắp đèn đường ${stamp}`;
    let slug = '';

    beforeAll(async () => {
      browser = await launchBrowser();
      ({ page } = await newPage(browser));
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.editor, DEMO.password, /\/noi-dung/);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('uploads an image to the media library, refusing it without a description', async () => {
      await page.goto(`${urls.admin}/thu-vien`);
      const upload = page.getByRole('form', { name: 'Tải lên' });
      await upload.getByLabel(/^Tệp/).setInputFiles({
        name: `den-duong-${stamp}.png`,
        mimeType: 'image/png',
        buffer: png(640, 400),
      });
      await upload.getByRole('button', { name: 'Tải lên' }).click();
      await upload.getByText('Ảnh cần có mô tả').waitFor();
      await expect
        .poll(() => upload.getByLabel('Mô tả ảnh (văn bản thay thế)').getAttribute('aria-invalid'))
        .toBe('true');

      await upload.getByLabel('Mô tả ảnh (văn bản thay thế)').fill(alt);
      await upload.getByLabel('Chú thích').fill('Đêm ra quân, tháng 5/2026');
      await upload.getByRole('button', { name: 'Tải lên' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã tải lên' }).waitFor();
      const card = page.getByRole('article', { name: `den-duong-${stamp}.png` });
      await card.getByRole('img', { name: alt }).waitFor();
      // Really shown by the browser (the admin's CSP allows images from its own origin only).
      await expect
        .poll(() =>
          card
            .getByRole('img', { name: alt })
            .evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBeGreaterThan(0);
      // The thumbnail is one of the generated sizes, served by the API.
      const src = await card.getByRole('img', { name: alt }).getAttribute('src');
      const thumb = await fetch(new URL(src!, urls.admin));
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get('cache-control')).toContain('immutable');
    });

    it('writes a news post with the image and schedules it a few minutes ahead', async () => {
      await page.goto(`${urls.admin}/noi-dung`);
      await page.getByRole('link', { name: 'Viết bài mới' }).click();
      await page.getByRole('heading', { name: 'Viết bài mới' }).waitFor();
      await page.getByRole('radio', { name: /Tin tức/ }).check();
      await page.getByLabel('Tiêu đề').fill(title);
      await page.getByRole('button', { name: 'Tạo bản nháp và soạn nội dung' }).click();
      await page.waitForURL(/\/noi-dung\/[0-9a-f-]{36}$/);
      await page.locator('[data-testid="rich-text-editor"][data-ready]').waitFor();

      const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
      await body.click();
      await page.getByRole('button', { name: 'Tiêu đề cấp 2' }).click();
      await page.keyboard.type('Đêm hội của cả thôn');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Hơn 60 đoàn viên đã lắp ');
      await page.getByRole('button', { name: 'In đậm' }).click();
      await page.keyboard.type('120 bóng đèn năng lượng mặt trời');
      await page.getByRole('button', { name: 'In đậm' }).click();
      await page.keyboard.type(' dọc đường liên thôn.');
      await page.keyboard.press('Enter');

      await page.getByRole('button', { name: 'Chèn ảnh' }).click();
      const picker = page.getByRole('dialog', { name: 'Chèn ảnh từ thư viện' });
      await picker.getByRole('button', { name: alt }).click();
      // The library's description is offered; the editor may adjust it, never leave it empty.
      await expect.poll(() => picker.getByLabel(/Mô tả ảnh/).inputValue()).toBe(alt);
      await picker.getByRole('button', { name: 'Chèn ảnh' }).click();
      await expect
        .poll(() =>
          body
            .getByRole('img', { name: alt })
            .evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBeGreaterThan(0);

      await page.getByLabel('Tóm tắt').fill('Thôn Đồng Lạc ra quân thắp sáng đường quê.');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Đã lưu bài viết.' }).waitFor();
      slug = await page.getByLabel('Địa chỉ (đường dẫn)').inputValue();
      expect(slug).toMatch(/^ra-quan-thap-sang-duong-que-/);

      // A few minutes after the API's own "now" (the clock other tests may have moved).
      const at = new Date((await moveClock()).getTime() + 4 * 60_000);
      const when = vnInputs(at);
      await page.getByLabel('Ngày đăng').fill(when.date);
      await page.getByLabel('Giờ đăng').fill(when.time);
      await page.getByRole('button', { name: 'Lên lịch đăng' }).click();
      await expect
        .poll(() => page.getByTestId('post-status').textContent())
        .toBe(`Đã hẹn giờ đăng ${when.shown}`);

      // The list says the same.
      await page.goto(`${urls.admin}/noi-dung?trang-thai=SCHEDULED`);
      await page
        .getByRole('row', { name: new RegExp(title) })
        .getByText(`Đã hẹn giờ đăng ${when.shown}`)
        .waitFor();
    });

    it('is not on the public site before its time', async () => {
      expect((await publicText('/tin-tuc')).text).not.toContain(title);
      expect((await publicText(`/tin-tuc/${slug}`)).status).toBe(404);
      expect((await publicText('/tin-tuc/rss.xml')).text).not.toContain(title);
    });

    it('appears in the news list, on its page and in the RSS feed once the clock passes it', async () => {
      await moveClock({ advanceMs: 10 * 60_000 });
      // The job runner published it: the admin says so…
      await page.goto(`${urls.admin}/noi-dung?trang-thai=PUBLISHED`);
      await page
        .getByRole('row', { name: new RegExp(title) })
        .getByText('Đã đăng')
        .waitFor();

      // …and so does the public site (news pages of the public-site work).
      await expect.poll(async () => (await publicText('/tin-tuc')).text).toContain(title);

      const reader = await newPage(browser);
      try {
        await reader.page.goto(`${urls.public}/tin-tuc`);
        await reader.page.getByRole('link', { name: title }).click();
        await reader.page.waitForURL(new RegExp(`/tin-tuc/${slug}$`));
        await reader.page.getByRole('heading', { level: 1, name: title }).waitFor();
        await reader.page.getByRole('heading', { name: 'Đêm hội của cả thôn' }).waitFor();
        await reader.page.getByRole('img', { name: alt }).waitFor();
        await reader.page.getByText('120 bóng đèn năng lượng mặt trời').waitFor();
      } finally {
        await reader.context.close();
      }

      const rss = await publicText('/tin-tuc/rss.xml');
      expect(rss.status).toBe(200);
      expect(rss.text).toContain(title);
      expect(rss.text).toContain(`/tin-tuc/${slug}`);
    });
  },
);
