import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DEMO, launchBrowser, newPage, skipReason } from '../helpers/browser.js';
// @ts-expect-error plain ESM script shared with `npm start`
import { freePort, startPlatform } from '../../scripts/platform.mjs';

/**
 * The whole platform in allow-list mode (`KN_PERSISTED_QUERIES=allowlist`): strangers may run only
 * the apps' registered operations, so every page of the public site and the admin must be built
 * from them alone. A second platform (API, public site, admin) on the e2e database, its jobs off.
 */
let browser: Browser;
let platform: { stop(): Promise<void>; apiUrl: string; publicUrl: string; adminUrl: string };
const logs: string[] = [];

describe.skipIf(!browserAvailable)(
  `the apps under the allow-list of registered operations${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      platform = await startPlatform({
        databaseUrl: inject('e2eDatabaseUrl'),
        demo: true,
        apiPort: await freePort(),
        publicPort: await freePort(),
        adminPort: await freePort(),
        env: {
          NODE_ENV: 'test',
          KN_STORAGE_DIR: inject('e2eFilesDir'),
          KN_PERSISTED_QUERIES: 'allowlist',
          KN_RUN_JOBS: 'false',
          KN_SUBMISSIONS_PER_ADDRESS_PER_HOUR: '0',
          KN_ANONYMOUS_REQUESTS_PER_MINUTE: '0',
          KN_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
          KN_TRACKING_FAILURES_PER_10_MIN: '0',
        },
        onOutput: (name: string, line: string) => logs.push(`[${name}] ${line}`),
        onExit: (name: string, code: number | null) =>
          console.error(`[allowlist] ${name} exited with ${code}\n${logs.slice(-30).join('\n')}`),
      });
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('refuses a document of its own from a stranger', async () => {
      const res = await fetch(platform.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ideaCounters { received } }' }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
    });

    it('serves every public page, a submission and its tracking with live updates', async () => {
      const { context, page } = await newPage(browser);
      const failures: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url().startsWith(platform.publicUrl))
          failures.push(`${r.status()} ${r.url()}`);
      });
      for (const path of ['/', '/y-tuong', '/vinh-danh', '/tin-tuc', '/minh-bach', '/phong-trao']) {
        const res = await page.goto(`${platform.publicUrl}${path}`);
        expect(res?.status(), path).toBe(200);
      }
      await page.goto(`${platform.publicUrl}/y-tuong`);
      const first = page.locator('main a[href^="/y-tuong/"]').first();
      await first.click();
      await page.waitForURL(/\/y-tuong\/[^/?]+$/);
      expect(await page.locator('h1').count()).toBe(1);

      await page.goto(`${platform.publicUrl}/gui-y-tuong`);
      await page.getByLabel('Tên ý tưởng').fill('Bảng tin điện tử ở nhà văn hóa thôn');
      await page
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Thông báo của thôn dán giấy, mưa là hỏng, người đi làm xa không đọc được.');
      await page
        .getByLabel('Nội dung giải pháp')
        .fill('Lắp một màn hình bảng tin và nhóm Zalo của thôn, cán bộ thôn cập nhật hằng tuần.');
      await page
        .getByLabel('Hiệu quả dự kiến')
        .fill('Người dân nắm thông báo kịp thời, giảm giấy in và công đi báo từng nhà.');
      await page.getByLabel('Văn hóa – xã hội').check();
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Trịnh Văn Lộc');
      await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 777 321');
      await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByRole('heading', { name: 'Đã tiếp nhận ý tưởng' }).waitFor();
      const code = (await page.getByTestId('tracking-code').textContent())!.trim();

      await page.goto(`${platform.publicUrl}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(code);
      await page.getByLabel('Email hoặc số điện thoại').fill('0912777321');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await page.getByTestId('tracking-status').waitFor();
      expect(await page.getByTestId('tracking-status').textContent()).toBe('Đã tiếp nhận');

      // The tracking page's live updates: a registered subscription, relayed as server-sent events.
      const events = await page.evaluate(async () => {
        const res = await fetch('/tra-cuu/su-kien');
        const reader = res.body!.getReader();
        let text = '';
        const until = Date.now() + 2000;
        while (Date.now() < until) {
          const chunk = await Promise.race([
            reader.read(),
            new Promise<null>((r) => setTimeout(() => r(null), 300)),
          ]);
          if (chunk && !chunk.done) text += new TextDecoder().decode(chunk.value);
        }
        await reader.cancel();
        return { status: res.status, text };
      });
      expect(events.status).toBe(200);
      expect(events.text).toContain('event: ready');
      expect(events.text).not.toContain('event: error');
      expect(failures).toEqual([]);
      await context.close();
    });

    it('signs staff in to the admin and shows the inbox', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${platform.adminUrl}/dang-nhap`, { waitUntil: 'networkidle' });
      await page.getByLabel('Email').fill(DEMO.hub);
      await page.getByLabel('Mật khẩu').fill(DEMO.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/y-tuong/);
      await page
        .getByRole('link', { name: 'Bảng tin điện tử ở nhà văn hóa thôn', exact: true })
        .waitFor();
      expect(logs.filter((l) => l.includes('OPERATION_NOT_ALLOWED'))).toEqual([]);
      await context.close();
    });
  },
);
