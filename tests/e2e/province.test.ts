import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import {
  browserAvailable,
  e2eSql,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';

/** The commune this file creates (from the official list) and the host the e2e setup maps to it. */
const CODE = '14848';
const NAME = 'Xã Tam Chung';
const HOST = 'tamchung.localhost';

let browser: Browser;

/** GET a page of the public site with another Host header (as a reverse proxy would send it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, urls.public);
  return new Promise((resolve, reject) => {
    const req = http.get(
      { hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
  });
}

describe.skipIf(!browserAvailable)(
  `a province creates a commune, which gets its own public site${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: inject('chromiumPath')!,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
        ],
      });
    });
    afterAll(() => browser?.close());

    it('the province admin creates a commune from the official list and sees it in the overview', async () => {
      const { context, page } = await newPage(browser);
      try {
        page.on('dialog', (d) => void d.accept());
        await staffLogin(page, 'tinh@thanhhoa.example', undefined, /\/thiet-lap\/cac-xa/);
        expect(await page.locator('h1').innerText()).toContain('Thanh Ho');
        // Như Thanh is already there, with its figures.
        await page.locator('[data-testid=communes] tr[data-code="16228"]').waitFor();
        await page.getByLabel('Tìm xã theo tên (không cần dấu)').fill('tam chung');
        await page.getByRole('button', { name: 'Tìm', exact: true }).click();
        await page.waitForURL(/q=tam/);
        await page.getByRole('radio', { name: new RegExp(`${NAME} \\(${CODE}\\)`) }).check();
        await page.getByLabel('Họ tên quản trị viên đầu tiên của xã').fill('Hà Văn Tam');
        await page.getByLabel('Email quản trị viên').fill('quantri@tamchung.example');
        await page.getByRole('button', { name: 'Tạo xã' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Đã tạo ${NAME}` })
          .waitFor();
        const row = page.locator(`[data-testid=communes] tr[data-code="${CODE}"]`);
        await row.waitFor();
        expect(await row.innerText()).toContain(NAME);
        expect(await page.locator('[data-testid=communes-chart]').innerHTML()).toContain(
          'Tam Chung',
        );
        // The first administrator was invited by email.
        const invited = await e2eSql(
          `select u.roles from staff_user u join tenant t on t.id = u.tenant_id
            where t.code = $1 and u.email = 'quantri@tamchung.example'`,
          [CODE],
        );
        expect(invited).toEqual([{ roles: ['ADMIN'] }]);
        // Already created: the list marks it and offers it no more.
        expect(
          await page.getByRole('radio', { name: new RegExp(`${NAME} \\(${CODE}\\)`) }).isDisabled(),
        ).toBe(true);
      } finally {
        await context.close();
      }
    });

    it('the public site under the commune’s host shows that commune and nothing of Như Thanh', async () => {
      const [published] = await e2eSql<{ title: string }>(
        `select i.title from idea i join tenant t on t.id = i.tenant_id
          where t.code = '16228' and i.published_at is not null order by i.published_at desc limit 1`,
      );
      expect(published).toBeDefined();
      const port = new URL(urls.public).port;
      const { context, page } = await newPage(browser);
      try {
        await page.goto(`http://${HOST}:${port}/`);
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        await page.goto(`http://${HOST}:${port}/y-tuong`);
        const text = await page.locator('main').innerText();
        expect(text).not.toContain(published!.title);
      } finally {
        await context.close();
      }

      // The same with a bare Host header; the default address stays Như Thanh's.
      const mapped = await getWithHost('/y-tuong', `${HOST}:${port}`);
      expect(mapped.status).toBe(200);
      expect(mapped.body).toContain(NAME);
      expect(mapped.body).not.toContain(published!.title);
      const plain = await getWithHost('/', new URL(urls.public).host);
      expect(plain.body).toContain('Xã Như Thanh');
    });

    it('a host mapped to a commune the platform does not serve answers 404 with a clear page', async () => {
      const port = new URL(urls.public).port;
      const r = await getWithHost('/', `chuadung.localhost:${port}`);
      expect(r.status).toBe(404);
      expect(r.body).toContain('Xã này chưa dùng Khơi Nguồn');
      expect(r.body).not.toContain('Xã Như Thanh');
    });

    it('the province admin suspends the commune (its site answers 503) and resumes it', async () => {
      const port = new URL(urls.public).port;
      const { context, page } = await newPage(browser);
      try {
        page.on('dialog', (d) => void d.accept());
        await staffLogin(page, 'tinh@thanhhoa.example', undefined, /\/thiet-lap\/cac-xa/);
        const row = page.locator(`[data-testid=communes] tr[data-code="${CODE}"]`);
        // A reason is required.
        await row.getByRole('button', { name: 'Tạm ngừng' }).click();
        await page.getByText('Vui lòng nhập lý do tạm ngừng.').waitFor();
        await row
          .getByLabel(`Lý do tạm ngừng (${NAME})`)
          .fill('Xã rà soát lại dữ liệu trước khi dùng chính thức.');
        await row.getByRole('button', { name: 'Tạm ngừng' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Đã tạm ngừng ${NAME}.` })
          .waitFor();
        expect(await row.innerText()).toContain('tạm ngừng');

        const suspended = await getWithHost('/', `${HOST}:${port}`);
        expect(suspended.status).toBe(503);
        expect(suspended.body).toContain('Trang của xã đang tạm ngừng');
        const [log] = await e2eSql<{ reason: string }>(
          `select a.reason from audit_entry a join tenant t on t.id = a.tenant_id
            where t.code = $1 and a.action = 'TENANT_STATUS_CHANGED'`,
          [CODE],
        );
        expect(log!.reason).toBe('Xã rà soát lại dữ liệu trước khi dùng chính thức.');

        await row.getByRole('button', { name: 'Mở lại' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Đã mở lại ${NAME}.` })
          .waitFor();
        const resumed = await getWithHost('/', `${HOST}:${port}`);
        expect(resumed.status).toBe(200);
        expect(resumed.body).toContain(NAME);
      } finally {
        await context.close();
      }
    });

    it('a visitor chooses the commune by path (/xa/<code>), remembered for the next pages', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.goto(`${urls.public}/xa/${CODE}`);
        expect(new URL(page.url()).pathname).toBe('/');
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        await page.goto(`${urls.public}/tin-tuc`);
        expect(await page.locator('[data-testid=commune]').innerText()).toContain(NAME);
        const unknown = await fetch(`${urls.public}/xa/99999`, { redirect: 'manual' });
        expect(unknown.status).toBe(404);
      } finally {
        await context.close();
      }
    });
  },
);
