import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  serverNow,
  skipReason,
  staffLogin,
  urls,
  vnDayOf,
} from '../helpers/browser.js';

let browser: Browser;
const SPENT = 'Chi in tờ rơi (kiểm thử trình duyệt)';
const NAME = 'Người Phản Ánh Kiểm Thử';
const BODY = 'Ý tưởng của tôi đã được thôn dùng mà không ai báo cho tôi biết kết quả (kiểm thử).';

/**
 * Accountability in the browser (issue #17): the public transparency page shows the movement's
 * money; a villager files a complaint without JavaScript (errors on the form, input kept) and the
 * hub answers it in the admin. What this file writes to the shared demo is removed afterwards.
 */
describe.skipIf(!browserAvailable)(
  `money and complaints in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const cleanUp = async () => {
      await e2eSql(`delete from spending_line where description = $1`, [SPENT]);
      await e2eSql(`delete from handling_feedback where name = $1`, [NAME]);
    };
    let day = '';
    beforeAll(async () => {
      browser = await launchBrowser();
      await cleanUp();
      day = vnDayOf(await serverNow());
      await e2eSql(
        `insert into spending_line (id, tenant_id, spent_on, amount, source, activity, description)
         select gen_random_uuid(), tenant_id, $1, 1234000, 'SOCIALISED', 'OTHER', $2
           from staff_user where email = $3`,
        [day, SPENT, DEMO.hub],
      );
    });
    afterAll(async () => {
      await cleanUp();
      await browser?.close();
    });

    it('shows the year’s spending on the transparency page', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/minh-bach?nam=${day.slice(0, 4)}`);
      // The demo records nothing under "Khác": its row is this line alone.
      const row = page.getByTestId('public-spending').getByRole('row', { name: /^Khác/ });
      expect(await row.textContent()).toMatch(/1\.234\.000/);
      expect(await page.getByRole('heading', { name: 'Kinh phí phong trào' }).count()).toBe(1);
      await context.close();
    });

    it('takes a complaint without JavaScript and lets the hub answer it', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/`);
      await page.getByRole('link', { name: 'Phản ánh về việc xử lý ý tưởng' }).click();
      await page.waitForURL(/\/phan-anh$/);
      await page.getByLabel('Họ và tên').fill(NAME);
      await page.getByLabel('Nội dung phản ánh').fill('Quá ngắn');
      await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
      // Every error at once, what was typed kept.
      const summary = page.locator('#error-summary');
      expect(await summary.textContent()).toMatch(/nội dung phản ánh/i);
      expect(await summary.textContent()).toMatch(/email hoặc số điện thoại/i);
      expect(await page.getByLabel('Họ và tên').inputValue()).toBe(NAME);
      await page.getByLabel('Nội dung phản ánh').fill(BODY);
      await page.getByLabel('Email hoặc số điện thoại nhận trả lời').fill('phananh.kt@example.com');
      await page.locator('#f-stage').selectOption('USE');
      await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
      expect(await page.getByTestId('complaint-done').textContent()).toMatch(
        /Cơ quan đầu mối sẽ trả lời trước ngày \d{2}\/\d{2}\/\d{4}/,
      );
      await context.close();

      const hub = await newPage(browser);
      await hub.page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(hub.page, DEMO.hub);
      await hub.page.goto(`${urls.admin}/phan-anh`);
      const item = hub.page.getByTestId('feedback-list').locator('li', { hasText: NAME });
      expect(await item.textContent()).toContain(BODY);
      expect(await item.textContent()).toContain('phananh.kt@example.com');
      await item.getByLabel('Nội dung trả lời').fill('Thôn đã gửi kết quả ứng dụng cho ông/bà.');
      await item.getByRole('button', { name: 'Gửi trả lời' }).click();
      await expect
        .poll(() => hub.page.getByRole('status').first().textContent(), { timeout: 10_000 })
        .toContain('Đã gửi trả lời');
      const [row] = await e2eSql(`select status from handling_feedback where name = $1`, [NAME]);
      expect(row.status).toBe('ANSWERED');
      await hub.context.close();
    });
  },
);
