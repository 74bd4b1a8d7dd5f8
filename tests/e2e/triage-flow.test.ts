import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';

let browser: Browser;

/** A tiny valid PDF: the paper form the citizen signed, as scanned at the reception point. */
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.skipIf(!browserAvailable)(
  `reception and triage in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const title = `Bảng tin điện tử tại nhà văn hóa ${Date.now()}`;
    let trackingCode = '';
    let ideaUrl = '';

    it('lets a reception officer record an idea brought in person and print the receipt', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.officerDongLac);
      await page.goto(`${urls.admin}/tiep-nhan`);
      await page
        .getByLabel('Đầu mối tiếp nhận')
        .selectOption({ label: 'Nhà văn hóa thôn Đồng Lạc' });
      await page.getByLabel('Tên ý tưởng').fill(title);
      await page
        .getByLabel(/^Vấn đề/)
        .fill('Thông báo của thôn dán giấy bị mưa làm hỏng, nhiều người không đọc được.');
      await page
        .getByLabel(/^Nội dung giải pháp|^Giải pháp/)
        .fill(
          'Lắp một màn hình điện tử nhỏ tại nhà văn hóa, trưởng thôn cập nhật thông báo qua điện thoại.',
        );
      await page
        .getByLabel(/^Hiệu quả/)
        .fill('Người dân nắm thông tin kịp thời, tiết kiệm giấy in.');
      await page.getByLabel('Chuyển đổi số').check();
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Bà Lò Thị Hoa');
      await page.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill('0915 246 810');
      await page.getByLabel(/^Người đề xuất đồng ý cho xử lý dữ liệu cá nhân/).check();
      await page
        .getByLabel('Bản quét phiếu đề xuất có chữ ký')
        .setInputFiles({ name: 'phieu-ba-hoa.pdf', mimeType: 'application/pdf', buffer: SCAN });
      await page.getByRole('button', { name: 'Ghi nhận ý tưởng' }).click();
      const code = page.getByTestId('receipt-code');
      await code.waitFor();
      trackingCode = (await code.textContent())!.trim();
      expect(trackingCode).toMatch(/^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const [row] = await e2eSql(
        `select i.channel, s.email from idea i join staff_user s on s.id = i.received_by_id where i.tracking_code = $1`,
        [trackingCode],
      );
      expect(row).toEqual({ channel: 'IN_PERSON', email: DEMO.officerDongLac });
      await context.close();
    });

    it('lets the hub ask for more information', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/y-tuong?q=${encodeURIComponent(trackingCode.slice(3))}`);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      await page
        .getByRole('navigation', { name: 'Các phần của hồ sơ ý tưởng' })
        .getByRole('link', { name: 'Xử lý' })
        .click();
      await page.waitForURL(/\/xu-ly$/);
      ideaUrl = page.url();
      await page.getByLabel('Kinh phí, nguồn lực dự kiến').check();
      await page.getByRole('button', { name: 'Đề nghị bổ sung' }).click();
      await expect
        .poll(async () => page.getByTestId('idea-status').textContent())
        .toBe('Cần bổ sung thông tin');
      await context.close();
    });

    it('lets the author answer on the tracking page, which updates live when the hub decides', async () => {
      const author = await newPage(browser);
      const page: Page = author.page;
      await page.goto(`${urls.public}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(trackingCode);
      await page.getByLabel('Email hoặc số điện thoại').fill('0915246810');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await expect
        .poll(async () => page.getByTestId('tracking-status').textContent())
        .toBe('Cần bổ sung thông tin');
      expect(await page.locator('main').textContent()).toContain('Kinh phí, nguồn lực dự kiến');
      await page
        .getByLabel('Nội dung bổ sung, trả lời đề nghị')
        .fill('Kinh phí khoảng 8 triệu đồng, do các hộ trong thôn đóng góp.');
      await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
      await expect
        .poll(async () => page.getByTestId('tracking-status').textContent())
        .toBe('Đã tiếp nhận');
      await page.getByText('Tự động cập nhật').waitFor();

      // The hub accepts and routes the idea in another browser; the author's page follows without reload.
      const hub = await newPage(browser);
      await hub.page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(hub.page, DEMO.hub);
      await hub.page.goto(ideaUrl);
      await hub.page.getByRole('checkbox', { name: 'Chuyển đổi số' }).check();
      await hub.page.getByRole('radio', { name: 'Đã hoàn thiện' }).check();
      await hub.page.getByRole('radio', { name: 'Cao' }).check();
      await hub.page.getByRole('radio', { name: 'Áp dụng tại đơn vị' }).check();
      await hub.page.getByRole('radio', { name: 'Chuyển Hội đồng đánh giá' }).check();
      await hub.page.getByRole('button', { name: 'Chấp nhận và phân loại' }).click();
      await expect
        .poll(async () => hub.page.getByTestId('idea-status').textContent())
        .toBe('Đã phân loại');
      await expect
        .poll(async () => page.getByTestId('tracking-status').textContent(), { timeout: 10_000 })
        .toBe('Đã phân loại');

      await hub.page.getByRole('button', { name: 'Chuyển: Hội đồng đang đánh giá' }).click();
      await expect
        .poll(async () => hub.page.getByTestId('idea-status').textContent())
        .toBe('Hội đồng đang đánh giá');
      await expect
        .poll(async () => page.getByTestId('tracking-status').textContent(), { timeout: 10_000 })
        .toBe('Hội đồng đang đánh giá');
      const [row] = await e2eSql(
        `select status, revision, route from idea where tracking_code = $1`,
        [trackingCode],
      );
      // Revisions: the submission, the author's supplement, the hub's classification (maturity changed).
      expect(row).toEqual({ status: 'UNDER_REVIEW', revision: 3, route: 'COUNCIL_REVIEW' });
      await hub.context.close();
      await author.context.close();
    });
  },
);
