import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import {
  browserAvailable,
  e2eSql,
  launchBrowser,
  newPage,
  serverNow,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';
import { submitIdea } from '../helpers/public.js';

/**
 * Issue 12's acceptance test, the whole administration journey in one browser: the province
 * creates a commune from the official list with its first ADMIN; the ADMIN activates the emailed
 * invitation, turns on TOTP and signs in with it; sets up a village, invites its reception officer
 * and gives them a reception point; the officer records an idea brought in person; the commune's
 * own public site shows the point and tracks the idea — and nothing of Như Thanh's.
 *
 * The commune is another one than province.test.ts creates (Tam Chung): Xã Mường Lý (14854), opened
 * on the public site by path (`/xa/<code>`).
 */
const CODE = '14854';
const NAME = 'Xã Mường Lý';
const NHU_THANH = '16228';

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `a new commune from creation by the province to its first idea received in person${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now().toString(36);
    const admin = {
      name: 'Lò Văn Quản',
      email: `quantri.${stamp}@muongly.example`,
      password: 'Suối Mường Lý chảy qua bản Sài Khao',
    };
    const officer = {
      name: 'Hà Thị Tiếp',
      email: `tiepnhan.${stamp}@muongly.example`,
      password: 'Ruộng bậc thang mùa nước đổ bản Pù Quăn',
    };
    const village = `Bản Sài Khao ${stamp}`;
    const unitCode = `ban-sai-khao-${stamp}`;
    const point = `Nhà văn hóa bản Sài Khao ${stamp}`;
    const idea = {
      title: `Cầu treo qua suối cho bản Sài Khao ${stamp}`,
      phone: '0916 246 801',
    };
    let trackingCode = '';
    let officerCode = '';
    /** The ADMIN's session, kept open from step 2 to 3 (one TOTP sign-in, no code replayed). */
    let adminSession: { context: BrowserContext; page: Page } | null = null;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await adminSession?.context.close();
      await browser?.close();
    });

    const bodyText = (page: Page) => page.locator('body').innerText();

    it('1. the province admin creates the commune from the official list and invites its ADMIN', async () => {
      const { context, page } = await newPage(browser);
      try {
        // Creating a commune is confirmed in a dialog.
        page.on('dialog', (d) => void d.accept());
        await staffLogin(page, 'tinh@thanhhoa.example', undefined, /\/thiet-lap\/cac-xa/);
        await page.getByLabel('Tìm xã theo tên (không cần dấu)').fill('muong ly');
        await page.getByRole('button', { name: 'Tìm', exact: true }).click();
        await page.waitForURL(/q=muong/);
        const choice = page.getByRole('radio', { name: new RegExp(`${NAME} \\(${CODE}\\)`) });
        await choice.check();
        await page.getByLabel('Họ tên quản trị viên đầu tiên của xã').fill(admin.name);
        await page.getByLabel('Email quản trị viên').fill(admin.email);
        await page.getByRole('button', { name: 'Tạo xã' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Đã tạo ${NAME}` })
          .waitFor();
        const row = page.locator(`[data-testid=communes] tr[data-code="${CODE}"]`);
        await row.waitFor();
        expect(await row.innerText()).toContain(NAME);
        expect(await choice.isDisabled()).toBe(true);
      } finally {
        await context.close();
      }
    });

    it('2. the ADMIN activates the emailed invitation, enrols TOTP and signs in again with a code', async () => {
      // The invitation as the platform delivered it: the outbox's email to the ADMIN.
      const [mail] = await e2eSql<{ body: string }>(
        `select body from outbound_message where recipient = $1 order by created_at desc limit 1`,
        [admin.email],
      );
      const link = /(http\S+\/moi\/\S+)/.exec(mail?.body ?? '');
      expect(link, mail?.body).toBeTruthy();

      const session = await newPage(browser);
      adminSession = session;
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${urls.admin}${new URL(link![1]!).pathname}`);
      // A weak password is refused before the strong one is accepted.
      await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau12345');
      await page.getByLabel('Nhập lại mật khẩu').fill('matkhau12345');
      await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
      await expect.poll(() => bodyText(page)).toContain('quá dễ đoán');
      await page.getByLabel('Mật khẩu', { exact: true }).fill(admin.password);
      await page.getByLabel('Nhập lại mật khẩu').fill(admin.password);
      await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
      await page.waitForURL(/\/y-tuong/);
      expect(await page.getByTestId('viewer-name').innerText()).toBe(admin.name);

      // TOTP is turned on from the QR page: the secret shown is what an authenticator app reads.
      await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
      await page.waitForURL(/\/tai-khoan/);
      await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
      await page.getByTestId('totp-secret').waitFor();
      expect(await page.locator('img[alt^="Mã QR"]').count()).toBe(1);
      const secret = (await page.getByTestId('totp-secret').innerText()).trim();
      const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
      await page
        .getByLabel('Mã 6 số trong ứng dụng')
        .fill(totp.generate({ timestamp: (await serverNow()).getTime() }));
      await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
      const codes = page.getByTestId('recovery-codes').locator('li');
      await expect.poll(() => codes.count()).toBe(10);
      const recovery = (await codes.allInnerTexts()).map((c) => c.trim());
      expect(new Set(recovery).size).toBe(10);
      await page.getByRole('link', { name: 'Tôi đã cất các mã' }).click();

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/dang-nhap/);
      // The password alone no longer opens the admin: the second step asks for the code.
      await page.goto(`${urls.admin}/dang-nhap`, { waitUntil: 'networkidle' });
      await page.getByLabel('Email').fill(admin.email);
      await page.getByLabel('Mật khẩu').fill(admin.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/dang-nhap\/ma/);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await page
        .getByLabel('Mã xác thực')
        .fill(totp.generate({ timestamp: (await serverNow()).getTime() }));
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.waitForURL(/\/y-tuong/);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      expect(await page.getByTestId('viewer-name').innerText()).toBe(admin.name);

      const [row] = await e2eSql(
        `select t.code, u.roles, u.totp_enabled_at is not null as totp
           from staff_user u join tenant t on t.id = u.tenant_id where u.email = $1`,
        [admin.email],
      );
      expect(row).toEqual({ code: CODE, roles: ['ADMIN'], totp: true });
    });

    it('3. the ADMIN creates a village, invites its reception officer, who activates the account, and gives them a reception point', async () => {
      const { page } = adminSession!;
      await page.goto(`${urls.admin}/thiet-lap/don-vi`);
      expect(await page.locator('h1').first().textContent()).toBe('Đơn vị');
      await page.getByLabel(/^Tên đơn vị/).fill(village);
      await page.getByLabel('Mã đơn vị').fill(unitCode);
      await page
        .getByLabel(/^Loại đơn vị/)
        .last()
        .selectOption({ label: 'Thôn' });
      await page.getByLabel('Loại địa bàn').selectOption({ label: 'Miền núi' });
      await page.getByLabel('Dân số').fill('512');
      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await page.getByText(`Đã thêm đơn vị ${village}.`).waitFor();

      // The officer is invited with a code printed on paper, for that village.
      await page.goto(`${urls.admin}/thiet-lap/tai-khoan`);
      await page.locator('summary', { hasText: 'Mời cán bộ' }).click();
      await page.getByLabel('Mã in trên giấy, trao tận tay').check();
      await page.getByLabel('Họ và tên').fill(officer.name);
      await page.getByLabel('Cán bộ tiếp nhận').check();
      await page.getByLabel('Đơn vị', { exact: true }).last().selectOption({ label: village });
      await page.getByRole('button', { name: 'Gửi lời mời' }).click();
      await page.getByTestId('invitation-slip').waitFor();
      officerCode = (await page.getByTestId('invitation-code').innerText()).trim();
      expect(officerCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

      // The officer activates the account with the code (in a browser of their own).
      const own = await newPage(browser);
      try {
        await own.page.goto(`${urls.admin}/moi`);
        await own.page.getByLabel('Mã mời').fill(officerCode);
        await own.page.getByLabel('Email đăng nhập').fill(officer.email);
        await own.page.getByLabel('Mật khẩu', { exact: true }).fill(officer.password);
        await own.page.getByLabel('Nhập lại mật khẩu').fill(officer.password);
        await own.page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click();
        await own.page.waitForURL(/\/y-tuong/);
        expect(await own.page.getByTestId('viewer-name').innerText()).toBe(officer.name);
      } finally {
        await own.context.close();
      }

      // The reception point of the village, with the officer assigned.
      await page.goto(`${urls.admin}/thiet-lap/diem-tiep-nhan`);
      await page.getByLabel(/^Đơn vị/).selectOption({ label: `${village} (Thôn)` });
      await page.getByLabel('Tên đầu mối').fill(point);
      await page.getByLabel('Địa chỉ', { exact: true }).fill(`Đầu bản, ${village}`);
      await page.getByLabel('Giờ tiếp nhận').fill('Sáng thứ Hai và thứ Năm, 7h30–11h00');
      await page.getByRole('button', { name: 'Thêm cán bộ…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Chọn cán bộ tiếp nhận' });
      await dialog.getByLabel('Tìm cán bộ').fill('ha thi tiep');
      await dialog.getByRole('button', { name: 'Tìm', exact: true }).click();
      await dialog.getByRole('button', { name: new RegExp(officer.name) }).click();
      await expect
        .poll(() => page.getByTestId('chosen-officers').textContent())
        .toContain(officer.name);
      await page.getByRole('button', { name: 'Thêm đầu mối' }).click();
      await page.getByText(`Đã thêm đầu mối ${point}.`).waitFor();

      const rows = await e2eSql(
        `select t.code, s.email from reception_point rp
           join tenant t on t.id = rp.tenant_id
           join reception_point_officer o on o.reception_point_id = rp.id
           join staff_user s on s.id = o.staff_user_id
          where rp.name = $1`,
        [point],
      );
      expect(rows).toEqual([{ code: CODE, email: officer.email }]);
    });

    it('4. the officer signs in and records an idea brought in person at the point', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, officer.email, officer.password);
        await page.goto(`${urls.admin}/tiep-nhan`);
        const select = page.getByLabel('Đầu mối tiếp nhận');
        // Only this commune's points: the officer sees theirs and none of Như Thanh's.
        const options = (await select.locator('option').allTextContents()).join('|');
        expect(options).toContain(point);
        expect(options).not.toContain('Nhà văn hóa thôn Đồng Lạc');
        await select.selectOption({ label: point });
        await page.getByLabel('Tên ý tưởng').fill(idea.title);
        await page
          .getByLabel(/^Vấn đề/)
          .fill('Mùa mưa nước suối dâng cao, học sinh và người dân không qua được suối.');
        await page
          .getByLabel(/^Nội dung giải pháp|^Giải pháp/)
          .fill('Làm cầu treo dân sinh bằng cáp thép, bà con góp ngày công và vật liệu tại chỗ.');
        await page.getByLabel(/^Hiệu quả/).fill('Đi lại an toàn quanh năm cho 80 hộ của bản.');
        await page.getByLabel('Nông thôn mới').check();
        await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Ông Lò Văn Sài');
        await page.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill(idea.phone);
        await page.getByLabel(/^Người đề xuất đồng ý cho xử lý dữ liệu cá nhân/).check();
        await page.getByLabel('Bản quét phiếu đề xuất có chữ ký').setInputFiles({
          name: 'phieu-ong-sai.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        });
        await page.getByRole('button', { name: 'Ghi nhận ý tưởng' }).click();
        const receipt = page.getByTestId('receipt-code');
        await receipt.waitFor();
        trackingCode = (await receipt.textContent())!.trim();
        expect(trackingCode).not.toBe('');
        const [row] = await e2eSql(
          `select t.code, i.channel, rp.name as point, u.code as unit, s.email
             from idea i join tenant t on t.id = i.tenant_id
             join reception_point rp on rp.id = i.reception_point_id
             join unit u on u.id = i.unit_id join staff_user s on s.id = i.received_by_id
            where i.tracking_code = $1`,
          [trackingCode],
        );
        expect(row).toEqual({
          code: CODE,
          channel: 'IN_PERSON',
          point,
          unit: unitCode,
          email: officer.email,
        });
      } finally {
        await context.close();
      }
    });

    it('5. the commune’s public site shows its point and tracks its idea, and nothing of Như Thanh’s', async () => {
      const published = await e2eSql<{ title: string }>(
        `select i.title from idea i join tenant t on t.id = i.tenant_id
          where t.code = $1 and i.published_at is not null`,
        [NHU_THANH],
      );
      expect(published.length).toBeGreaterThan(0);
      const nhuThanhPoints = await e2eSql<{ name: string }>(
        `select rp.name from reception_point rp join tenant t on t.id = rp.tenant_id
          where t.code = $1`,
        [NHU_THANH],
      );
      expect(nhuThanhPoints.length).toBeGreaterThan(0);
      // An idea of Như Thanh with a contact this test knows, tracked on Như Thanh's own site.
      const nhuThanhEmail = `nhu.thanh.${stamp}@example.com`;
      const nhuThanhIdea = await submitIdea({
        author: { fullName: 'Lê Thị Như Thanh', email: nhuThanhEmail },
      });

      /**
       * Tracks an idea in a browser of its own (the tracking page remembers the last idea found),
       * on the commune chosen by path first when `commune` is given; says whether it was found.
       */
      const track = async (code: string, contact: string, commune?: string) => {
        const own = await newPage(browser);
        try {
          if (commune) {
            await own.page.goto(`${urls.public}/xa/${commune}`);
            expect(await own.page.locator('[data-testid=commune]').innerText()).toContain(NAME);
          }
          await own.page.goto(`${urls.public}/tra-cuu`);
          await own.page.getByLabel('Mã tra cứu').fill(code);
          await own.page.getByLabel('Email hoặc số điện thoại').fill(contact);
          await own.page.getByRole('button', { name: 'Tra cứu' }).click();
          const outcome = async () =>
            (await own.page.getByTestId('tracking-status').count()) > 0
              ? 'found'
              : (await own.page.getByRole('alert').count()) > 0
                ? 'not found'
                : '';
          await expect.poll(outcome).not.toBe('');
          return {
            outcome: await outcome(),
            status: (await own.page.getByTestId('tracking-status').count())
              ? await own.page.getByTestId('tracking-status').textContent()
              : null,
            main: (await own.page.locator('main').innerText()) ?? '',
          };
        } finally {
          await own.context.close();
        }
      };

      // Như Thanh's idea is found on Như Thanh's own site (the default address)…
      expect((await track(nhuThanhIdea.trackingCode, nhuThanhEmail)).outcome).toBe('found');

      const { context, page } = await newPage(browser);
      try {
        await page.goto(`${urls.public}/xa/${CODE}`);
        expect(new URL(page.url()).pathname).toBe('/');
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);

        await page.goto(`${urls.public}/noi-gui-truc-tiep`);
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        const list = page.getByTestId('reception-points');
        await expect.poll(() => list.textContent()).toContain(point);
        const points = (await list.textContent()) ?? '';
        expect(points).toContain(village);
        expect(points).toContain('Sáng thứ Hai và thứ Năm, 7h30–11h00');
        expect(points).not.toContain(officer.name);
        for (const p of nhuThanhPoints) expect(points).not.toContain(p.name);

        await page.goto(`${urls.public}/y-tuong`);
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        const gallery = await page.locator('main').innerText();
        for (const p of published) expect(gallery).not.toContain(p.title);
      } finally {
        await context.close();
      }

      // The commune's idea is tracked on its site with the phone number given at the point…
      const mine = await track(trackingCode.toLowerCase(), idea.phone.replace(/\s/g, ''), CODE);
      expect(mine.outcome).toBe('found');
      expect(mine.status).toBe('Đã tiếp nhận');
      expect(mine.main).toContain(idea.title);
      // …and Như Thanh's is not found there.
      const foreign = await track(nhuThanhIdea.trackingCode, nhuThanhEmail, CODE);
      expect(foreign.outcome).toBe('not found');
      expect(foreign.main).not.toContain(nhuThanhIdea.title);

      // Nor does a browser that tracked it on Như Thanh's site carry it over to this commune's
      // (the tracking page remembers the idea in a cookie of the shared address).
      const both = await newPage(browser);
      try {
        await both.page.goto(`${urls.public}/tra-cuu`);
        await both.page.getByLabel('Mã tra cứu').fill(nhuThanhIdea.trackingCode);
        await both.page.getByLabel('Email hoặc số điện thoại').fill(nhuThanhEmail);
        await both.page.getByRole('button', { name: 'Tra cứu' }).click();
        await both.page.getByTestId('tracking-status').waitFor();
        await both.page.goto(`${urls.public}/tra-cuu`);
        expect(await both.page.locator('main').innerText()).toContain(nhuThanhIdea.title);
        await both.page.goto(`${urls.public}/xa/${CODE}`);
        await both.page.goto(`${urls.public}/tra-cuu`);
        expect(await both.page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        expect(await both.page.getByTestId('tracking-status').count()).toBe(0);
        expect(await both.page.locator('main').innerText()).not.toContain(nhuThanhIdea.title);
        await both.page.getByLabel('Mã tra cứu').waitFor();
      } finally {
        await both.context.close();
      }
    });
  },
);
