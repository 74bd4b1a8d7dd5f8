import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';

let browser: Browser;
const ADMIN = 'quantri@nhuthanh.example';

/**
 * The commune's ADMIN edits a notification template (issue 12): an unknown placeholder is refused
 * next to the field, the preview fills in sample values, the save is shown in the list, and the
 * reset asks for confirmation. The demo commune is shared: the file uses a kind no other browser
 * test sends (the outcome of a dispute) and leaves it at its default.
 */
describe.skipIf(!browserAvailable)(
  `notification templates in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const resetTemplate = () =>
      e2eSql(
        `delete from message_template where kind = 'DISPUTE_OUTCOME' and channel = 'EMAIL'
           and tenant_id = (select tenant_id from staff_user where email = $1)`,
        [ADMIN],
      );
    beforeAll(async () => {
      browser = await launchBrowser();
      await resetTemplate();
    });
    afterAll(async () => {
      await resetTemplate();
      await browser?.close();
    });

    it('edits a template, previews it with sample values and restores the default', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, ADMIN);
      await page.goto(`${urls.admin}/thiet-lap/mau-thong-bao`);
      expect(await page.locator('h1').first().textContent()).toBe('Mẫu thông báo');
      const row = page.getByTestId('template-DISPUTE_OUTCOME-EMAIL');
      await expect.poll(() => row.textContent()).toContain('Mặc định');
      await row.getByRole('link', { name: 'Sửa' }).click();
      await page.getByTestId('placeholders').getByText('{{claimantName}}').waitFor();

      const body = page.getByRole('textbox', { name: /^Nội dung/ });
      await body.fill('Kính gửi {{claimantName}}, kết quả: {{ketQua}}.');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page.getByText('Mẫu dùng biến không có cho loại thông báo này: {{ketQua}}.').waitFor();

      await body.fill('Kính gửi {{claimantName}},\n\n{{communeName}} báo kết quả: {{outcome}}.');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      const preview = page.getByTestId('preview');
      await expect.poll(() => preview.textContent()).toContain('Kính gửi Lê Văn C,');
      expect(await preview.textContent()).toContain('báo kết quả: khiếu nại có cơ sở.');

      await page.getByRole('button', { name: 'Lưu mẫu' }).click();
      await page.getByText('Đã lưu mẫu thông báo').waitFor();
      await expect.poll(() => row.textContent()).toContain('Xã đã sửa');
      const [saved] = await e2eSql(
        `select body from message_template where kind = 'DISPUTE_OUTCOME' and channel = 'EMAIL'`,
      );
      expect(saved.body).toContain('{{communeName}} báo kết quả: {{outcome}}.');

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Khôi phục mẫu mặc định' }).click();
      await page.getByText('Đã khôi phục mẫu mặc định.').waitFor();
      await expect.poll(() => row.textContent()).toContain('Mặc định');
      expect(await page.getByRole('textbox', { name: /^Nội dung/ }).inputValue()).toMatch(
        /^Kính gửi \{\{claimantName\}\},\n\nCơ quan đầu mối đã xem xét khiếu nại/,
      );
      await context.close();
    });
  },
);
