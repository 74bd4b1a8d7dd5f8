import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
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
} from '../helpers/browser.js';

const ADMIN = 'quantri@nhuthanh.example';

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `staff accounts in the admin${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now();
    const name = `Cán Bộ Tiếp Nhận Mới ${stamp}`;
    const email = `tiepnhan.moi.${stamp}@nhuthanh.example`;
    const password = 'Lúa chín vàng đồng Như Thanh';
    let code = '';
    let secret = '';

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function signInWithCode(page: Page, totp: TOTP): Promise<void> {
      await page.goto(`${urls.admin}/dang-nhap`, { waitUntil: 'networkidle' });
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByLabel('Mã xác thực').waitFor();
      const now = await serverNow();
      await page.getByLabel('Mã xác thực').fill(totp.generate({ timestamp: now.getTime() }));
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.waitForURL(/\/y-tuong/);
    }

    it('the ADMIN invites a reception officer with a printed code, shown once on a printable slip', async () => {
      const { page, context } = await newPage(browser);
      try {
        await staffLogin(page, ADMIN, DEMO.password);
        await page.getByRole('link', { name: 'Tài khoản cán bộ' }).click();
        await page.waitForURL(/\/thiet-lap\/tai-khoan/);
        await page.locator('summary', { hasText: 'Mời cán bộ' }).click();
        await page.getByLabel('Mã in trên giấy, trao tận tay').check();
        await page.getByLabel('Họ và tên').fill(name);
        await page.getByLabel('Cán bộ tiếp nhận').check();
        // A reception officer needs a unit: refused, in Vietnamese, next to the field.
        await page.getByRole('button', { name: 'Gửi lời mời' }).click();
        await expect
          .poll(() => page.locator('body').innerText())
          .toContain('Cán bộ tiếp nhận và Thủ trưởng đơn vị cần thuộc một đơn vị.');
        await page
          .getByLabel('Đơn vị', { exact: true })
          .last()
          .selectOption({ label: 'Thôn Đồng Lạc' });
        await page.getByRole('button', { name: 'Gửi lời mời' }).click();
        const slip = page.getByTestId('invitation-slip');
        await slip.waitFor();
        code = (await page.getByTestId('invitation-code').innerText()).trim();
        expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
        expect(await slip.innerText()).toContain(name);
        expect(await slip.innerText()).toContain(`${urls.admin}/moi`);

        // Listed as invited; found without accents.
        await page.goto(
          `${urls.admin}/thiet-lap/tai-khoan?q=${encodeURIComponent(`can bo tiep nhan moi ${stamp}`)}`,
        );
        const rows = page.getByTestId('accounts').locator('tbody tr');
        await expect.poll(() => rows.count()).toBe(1);
        expect(await rows.first().innerText()).toContain('Đã mời, chưa kích hoạt');
        // The code was shown once: it is nowhere on the page any more.
        expect(await page.locator('body').innerText()).not.toContain(code);
      } finally {
        await context.close();
      }
    });

    it('the officer accepts at /moi with the code, sets a password and signs in', async () => {
      const { page, context } = await newPage(browser);
      try {
        await page.goto(`${urls.admin}/moi`);
        await page.getByLabel('Mã mời').fill(code.toLowerCase());
        await page.getByLabel('Email đăng nhập').fill(email);
        await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau12345');
        await page.getByLabel('Nhập lại mật khẩu').fill('matkhau12345');
        await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
        await expect.poll(() => page.locator('body').innerText()).toContain('quá dễ đoán');

        await page.getByLabel('Mã mời').fill(code);
        await page.getByLabel('Email đăng nhập').fill(email);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
        await page.getByLabel('Nhập lại mật khẩu').fill(password);
        await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
        await page.waitForURL(/\/y-tuong/);
        expect(await page.getByTestId('viewer-name').innerText()).toBe(name);
        await context.clearCookies();

        // The code worked once.
        await page.goto(`${urls.admin}/moi`);
        await page.getByLabel('Mã mời').fill(code);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
        await page.getByLabel('Nhập lại mật khẩu').fill(password);
        await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
        await expect.poll(() => page.locator('body').innerText()).toContain('đã được dùng');

        await staffLogin(page, email, password);
        const [row] = await e2eSql(
          `select u.activated_at is not null as active, un.name as unit from staff_user u
             join unit un on un.id = u.unit_id where u.email = $1`,
          [email],
        );
        expect(row).toEqual({ active: true, unit: 'Thôn Đồng Lạc' });
      } finally {
        await context.close();
      }
    });

    it('the officer turns on TOTP on /tai-khoan and then signs in with a code', async () => {
      const { page, context } = await newPage(browser);
      try {
        await staffLogin(page, email, password);
        await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
        await page.waitForURL(/\/tai-khoan/);
        await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
        await page.getByTestId('totp-secret').waitFor();
        expect(await page.locator('img[alt^="Mã QR"]').count()).toBe(1);
        secret = (await page.getByTestId('totp-secret').innerText()).trim();
        const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
        await page.getByLabel('Mã 6 số trong ứng dụng').fill('000000');
        await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
        await expect
          .poll(() => page.locator('body').innerText())
          .toContain('Mã xác thực không đúng');
        await page
          .getByLabel('Mã 6 số trong ứng dụng')
          .fill(totp.generate({ timestamp: (await serverNow()).getTime() }));
        await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
        const codes = page.getByTestId('recovery-codes').locator('li');
        await expect.poll(() => codes.count()).toBe(10);

        // Sessions are listed, this one marked.
        await page.getByRole('link', { name: 'Tôi đã cất các mã' }).click();
        expect(await page.getByTestId('sessions').innerText()).toContain('phiên đang dùng');

        await page.getByRole('button', { name: 'Đăng xuất' }).click();
        await page.waitForURL(/\/dang-nhap/);
        await signInWithCode(page, totp);
        expect(await page.getByTestId('viewer-name').innerText()).toBe(name);
        const [audit] = await e2eSql(
          `select count(*)::int as n from audit_entry
            where action = 'TWO_FACTOR_ENABLED' and details->>'targetName' = $1`,
          [name],
        );
        expect(audit.n).toBe(1);
      } finally {
        await context.close();
      }
    });
    it('an emailed link activates an account at /moi/[token]; a forgotten password is reset at /dat-lai-mat-khau', async () => {
      const linkEmail = `bientap.moi.${stamp}@nhuthanh.example`;
      const linkName = `Biên Tập Viên Mới ${stamp}`;
      const { page, context } = await newPage(browser);
      try {
        await staffLogin(page, ADMIN, DEMO.password);
        await page.goto(`${urls.admin}/thiet-lap/tai-khoan`);
        await page.locator('summary', { hasText: 'Mời cán bộ' }).click();
        await page.getByLabel('Gửi đường dẫn qua email').check();
        await page.getByLabel('Họ và tên').fill(linkName);
        await page.getByLabel('Email', { exact: true }).last().fill(linkEmail);
        await page.getByLabel('Biên tập viên', { exact: true }).check();
        await page.getByRole('button', { name: 'Gửi lời mời' }).click();
        await expect
          .poll(() => page.locator('body').innerText())
          .toContain(`Đã gửi lời mời tới ${linkEmail}`);
        await context.clearCookies();

        const linkOf = async (path: string) => {
          const rows = await e2eSql<{ body: string }>(
            `select body from outbound_message where recipient = $1 order by created_at desc limit 1`,
            [linkEmail],
          );
          const m = new RegExp(`(http\\S+/${path}/\\S+)`).exec(rows[0]?.body ?? '');
          expect(m, rows[0]?.body).toBeTruthy();
          return new URL(m![1]!).pathname;
        };
        await page.goto(`${urls.admin}${await linkOf('moi')}`);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
        await page.getByLabel('Nhập lại mật khẩu').fill(password);
        await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
        await page.waitForURL(/\/noi-dung/);
        expect(await page.getByTestId('viewer-name').innerText()).toBe(linkName);
        await context.clearCookies();

        await page.goto(`${urls.admin}/dang-nhap`);
        await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
        await page.waitForURL(/\/quen-mat-khau/);
        await page.getByLabel('Email').fill(linkEmail);
        await page.getByRole('button', { name: 'Gửi đường dẫn' }).click();
        await expect.poll(() => page.locator('body').innerText()).toContain('hết hạn sau 1 giờ');
        await expect.poll(() => linkOf('dat-lai-mat-khau').catch(() => '')).toMatch(/dat-lai/);
        await page.goto(`${urls.admin}${await linkOf('dat-lai-mat-khau')}`);
        const fresh = 'Trăng rằm sáng tỏ bên sông Mã';
        await page.getByLabel('Mật khẩu mới').fill(fresh);
        await page.getByLabel('Nhập lại mật khẩu').fill(fresh);
        await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
        await expect.poll(() => page.locator('body').innerText()).toContain('Đã đặt mật khẩu mới');
        await staffLogin(page, linkEmail, fresh, /\/noi-dung/);
      } finally {
        await context.close();
      }
    });
  },
);
