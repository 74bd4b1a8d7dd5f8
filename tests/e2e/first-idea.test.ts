import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `one idea through all three apps${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const title = `Xe đạp điện dùng chung cho học sinh ${Date.now()}`;
    let trackingCode = '';

    it('lets a citizen submit an idea on the public site and get a tracking code', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/gui-y-tuong`);
      await page.getByLabel('Tên ý tưởng').fill(title);
      await page
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Học sinh thôn xa phải đi bộ hơn 5 km tới trường mỗi ngày.');
      await page
        .getByLabel('Nội dung giải pháp')
        .fill('Đặt 10 xe đạp điện dùng chung tại nhà văn hóa, học sinh mượn bằng thẻ.');
      await page
        .getByLabel('Hiệu quả dự kiến')
        .fill('Giảm thời gian đi học, học sinh đi học chuyên cần hơn.');
      await page.getByLabel('Giáo dục').check();
      await page.getByLabel('Thôn hoặc đơn vị của bạn').selectOption({ label: 'Thôn Đồng Lạc' });
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Lê Thị Thanh Tâm');
      await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 888 999');
      await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByRole('heading', { name: 'Đã tiếp nhận ý tưởng' }).waitFor();
      trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
      expect(trackingCode).toMatch(/^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await context.close();
    });

    it('shows the same idea in the admin inbox after a reception officer logs in', async () => {
      const { context, page } = await newPage(browser);
      await staffLogin(page, DEMO.officerDongLac);
      await expect(page.getByTestId('viewer-name').textContent()).resolves.toBe('Phạm Văn Đức');
      const link = page.getByRole('link', { name: title });
      await link.waitFor();
      await link.click();
      await page.getByRole('heading', { name: title }).waitFor();
      expect(await page.getByTestId('idea-status').textContent()).toBe('Đã tiếp nhận');
      // The authors and their contacts are on the workspace's "Tác giả & quyền" tab.
      await page
        .getByRole('navigation', { name: 'Các phần của hồ sơ ý tưởng' })
        .getByRole('link', { name: 'Tác giả & quyền' })
        .click();
      await page.waitForURL(/\/tac-gia$/);
      expect(await page.locator('main').textContent()).toContain('0912888999');
      expect(await page.locator('main').textContent()).toContain(trackingCode);
      await context.close();
    });

    it('shows it as received on the tracking page', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(trackingCode.toLowerCase());
      await page.getByLabel('Email hoặc số điện thoại').fill('0912888999');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await page.getByTestId('tracking-status').waitFor();
      expect(await page.getByTestId('tracking-status').textContent()).toBe('Đã tiếp nhận');
      expect(await page.locator('main').textContent()).toContain(title);
      await context.close();
    });

    it('submits and shows field errors with JavaScript turned off', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/gui-y-tuong`);
      await page.getByLabel('Tên ý tưởng').fill('Ngắn');
      await page
        .getByRole('textbox', { name: 'Họ và tên', exact: true })
        .fill('Nguyễn Văn Không Script');
      await page.getByLabel('Email', { exact: true }).fill('sai-dia-chi');
      await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByRole('alert').waitFor();
      const titleInput = page.getByLabel('Tên ý tưởng');
      expect(await titleInput.getAttribute('aria-invalid')).toBe('true');
      expect(await titleInput.inputValue()).toBe('Ngắn');
      expect(await page.locator('#f-title-error').textContent()).toContain('ít nhất 10 ký tự');
      expect(await page.locator('#f-email-error').textContent()).toContain(
        'Địa chỉ email không hợp lệ',
      );

      await titleInput.fill('Góc đọc sách cộng đồng không cần JavaScript');
      await page
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Người dân ít có sách đọc, thư viện ở xa trung tâm thôn.');
      await page
        .getByLabel('Nội dung giải pháp')
        .fill('Lập góc đọc sách tại nhà văn hóa, người dân góp sách cũ.');
      await page.getByLabel('Hiệu quả dự kiến').fill('Nâng cao văn hóa đọc trong cộng đồng.');
      await page.getByLabel('Văn hóa – xã hội').check();
      await page.getByLabel('Email', { exact: true }).fill('khongscript@example.com');
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByTestId('tracking-code').waitFor();
      await context.close();
    });
  },
);
