import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
const ADMIN = 'quantri@nhuthanh.example';

/**
 * The commune sets itself up (issue 12): the demo administrator creates a village and its reception
 * point with the demo reception officer assigned; the public site lists the point; the officer
 * records an idea brought in person there. The file creates its own village and point (the demo
 * officer keeps Đồng Lạc's point too, which other files use).
 */
describe.skipIf(!browserAvailable)(
  `the commune's organisation in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const stamp = Date.now().toString(36);
    const village = `Thôn Khe Nước ${stamp}`;
    const code = `thon-khe-nuoc-${stamp}`;
    const point = `Nhà văn hóa thôn Khe Nước ${stamp}`;

    it('lets the administrator create a village and a reception point with an officer', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, ADMIN);
      await page.goto(`${urls.admin}/thiet-lap/don-vi`);
      const heading = await page.locator('h1').first().textContent();
      expect(heading, (await page.locator('main').innerText()).slice(0, 500)).toBe('Đơn vị');

      // A refused code is explained next to its field, in Vietnamese.
      await page.getByLabel(/^Tên đơn vị/).fill(village);
      await page.getByLabel('Mã đơn vị').fill('Thôn Khe Nước');
      await page
        .getByLabel(/^Loại đơn vị/)
        .last()
        .selectOption({ label: 'Thôn' });
      await page.getByLabel('Loại địa bàn').selectOption({ label: 'Miền núi' });
      await page.getByLabel('Dân số').fill('640');
      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await page.getByText(/Mã đơn vị chỉ gồm chữ thường không dấu/).waitFor();

      await page.getByLabel('Mã đơn vị').fill(code);
      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await page.getByText(`Đã thêm đơn vị ${village}.`).waitFor();
      const [unit] = await e2eSql('select kind, area_type, population from unit where code = $1', [
        code,
      ]);
      expect(unit).toEqual({ kind: 'VILLAGE', area_type: 'MOUNTAIN', population: 640 });

      // Found without accents in the list.
      await page.goto(
        `${urls.admin}/thiet-lap/don-vi?q=${encodeURIComponent(`khe nuoc ${stamp}`)}`,
      );
      await expect.poll(() => page.getByTestId('units').textContent()).toContain(village);

      await page.goto(`${urls.admin}/thiet-lap/diem-tiep-nhan`);
      await page.getByLabel(/^Đơn vị/).selectOption({ label: `${village} (Thôn)` });
      await page.getByLabel('Tên đầu mối').fill(point);
      await page.getByLabel('Địa chỉ', { exact: true }).fill(`Xóm Trên, ${village}`);
      await page.getByLabel('Giờ tiếp nhận').fill('Sáng thứ Ba và thứ Sáu, 7h30–11h00');
      await page.getByRole('button', { name: 'Thêm cán bộ…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Chọn cán bộ tiếp nhận' });
      await dialog.getByLabel('Tìm cán bộ').fill('pham van duc');
      await dialog.getByRole('button', { name: 'Tìm', exact: true }).click();
      await dialog.getByRole('button', { name: /Phạm Văn Đức/ }).click();
      await expect
        .poll(() => page.getByTestId('chosen-officers').textContent())
        .toContain('Phạm Văn Đức');
      await page.getByRole('button', { name: 'Thêm đầu mối' }).click();
      await page.getByText(`Đã thêm đầu mối ${point}.`).waitFor();
      const officers = await e2eSql(
        `select s.email from reception_point rp
           join reception_point_officer o on o.reception_point_id = rp.id
           join staff_user s on s.id = o.staff_user_id
          where rp.name = $1`,
        [point],
      );
      expect(officers).toEqual([{ email: DEMO.officerDongLac }]);
      const [log] = await e2eSql(
        `select actor_name from audit_entry where action = 'RECEPTION_POINT_CHANGED' and details->>'name' = $1`,
        [point],
      );
      expect(log.actor_name).toBe('Nguyễn Văn Quân');
      await context.close();
    });

    it('lists the new point on the public in-person page, found without accents', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/gui-y-tuong`);
      await page.getByRole('link', { name: 'Nơi gửi ý tưởng trực tiếp' }).first().click();
      await page.waitForURL(/\/noi-gui-truc-tiep/);
      await page.getByRole('searchbox').fill(`khe nuoc ${stamp}`);
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.waitForURL(/q=/);
      const list = page.getByTestId('reception-points');
      await expect.poll(() => list.textContent()).toContain(point);
      const text = (await list.textContent()) ?? '';
      expect(text).toContain(village);
      expect(text).toContain('Sáng thứ Ba và thứ Sáu, 7h30–11h00');
      expect(text).not.toContain('Phạm Văn Đức');
      await context.close();
    });

    it('lets the assigned officer record an idea at that point', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.officerDongLac);
      await page.goto(`${urls.admin}/tiep-nhan`);
      const select = page.getByLabel('Đầu mối tiếp nhận');
      const options = await select.locator('option').allTextContents();
      expect(options.join('|')).toContain(point);
      expect(options.join('|')).toContain('Nhà văn hóa thôn Đồng Lạc');
      await select.selectOption({ label: point });
      const title = `Giếng nước chung cho xóm Trên ${stamp}`;
      await page.getByLabel('Tên ý tưởng').fill(title);
      await page
        .getByLabel(/^Vấn đề/)
        .fill('Mùa khô các hộ xóm Trên thiếu nước sinh hoạt, phải đi xa lấy nước.');
      await page
        .getByLabel(/^Nội dung giải pháp|^Giải pháp/)
        .fill('Khoan một giếng chung có máy bơm năng lượng mặt trời, các hộ cùng quản lý.');
      await page.getByLabel(/^Hiệu quả/).fill('Đủ nước sinh hoạt quanh năm cho 30 hộ.');
      await page.getByLabel('Nông thôn mới').check();
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Ông Hà Văn Sơn');
      await page.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill('0916 135 792');
      await page.getByLabel(/^Người đề xuất đồng ý cho xử lý dữ liệu cá nhân/).check();
      await page
        .getByLabel('Bản quét phiếu đề xuất có chữ ký')
        .setInputFiles({ name: 'phieu-ong-son.pdf', mimeType: 'application/pdf', buffer: SCAN });
      await page.getByRole('button', { name: 'Ghi nhận ý tưởng' }).click();
      const receipt = page.getByTestId('receipt-code');
      await receipt.waitFor();
      const trackingCode = (await receipt.textContent())!.trim();
      const [row] = await e2eSql(
        `select i.channel, rp.name as point, u.code as unit, s.email
           from idea i join reception_point rp on rp.id = i.reception_point_id
           join unit u on u.id = i.unit_id join staff_user s on s.id = i.received_by_id
          where i.tracking_code = $1`,
        [trackingCode],
      );
      expect(row).toEqual({ channel: 'IN_PERSON', point, unit: code, email: DEMO.officerDongLac });
      await context.close();
    });
  },
);
