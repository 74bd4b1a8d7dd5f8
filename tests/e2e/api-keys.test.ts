import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  launchBrowser,
  newPage,
  serverNow,
  skipReason,
  staffLogin,
  urls,
  vnDayOf,
} from '../helpers/browser.js';

const ADMIN = 'quantri@nhuthanh.example';
const KEY_FORMAT = /^kn_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/;

let browser: Browser;

/** A partner's request with the key, as the documentation shows it. */
async function withKey(key: string, query: string) {
  const res = await fetch(urls.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json().catch(() => null)) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  return { res, body };
}

/**
 * The commune's ADMIN manages partners' API keys (/thiet-lap/khoa-api): a key is created with its
 * scopes and limit, shown once, works against the API at once, is listed with its use after a
 * reload (the key itself gone), and stops working the moment it is revoked.
 */
describe.skipIf(!browserAvailable)(
  `partners' API keys in the admin${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now();
    const name = `Sở Khoa học và Công nghệ – bảng số liệu ${stamp}`;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('is neither linked nor opened for staff who do not manage the commune', async () => {
      const { context, page } = await newPage(browser);
      try {
        await staffLogin(page, DEMO.hub);
        expect(await page.getByRole('link', { name: 'Khóa API' }).count()).toBe(0);
        const res = await page.goto(`${urls.admin}/thiet-lap/khoa-api`);
        expect(res?.status()).toBe(403);
        expect(await page.locator('body').innerText()).toContain(
          'Chỉ quản trị viên của xã được quản lý khóa API.',
        );
      } finally {
        await context.close();
      }
    });

    it('creates a key shown once, which works at once and stops working when revoked', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, ADMIN);
        await page.getByRole('link', { name: 'Khóa API' }).click();
        await page.waitForURL(/\/thiet-lap\/khoa-api$/);
        expect(await page.locator('h1').first().innerText()).toBe('Khóa API cho đối tác');
        expect(await page.getByLabel('Số yêu cầu tối đa mỗi phút').inputValue()).toBe('600');

        // No scope ticked: refused next to the scopes, the name kept, no key made.
        await page.getByLabel('Tên khóa').fill(name);
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        const scopesError = page.locator('#key-scopes-error');
        await expect
          .poll(() => scopesError.textContent())
          .toBe('Vui lòng chọn ít nhất một quyền cho khóa.');
        expect(await page.getByLabel('Tên khóa').inputValue()).toBe(name);
        expect(await page.getByTestId('new-key').count()).toBe(0);

        // Two scopes and a limit of its own.
        await page.getByLabel('Đọc dữ liệu công khai').check();
        await page.getByLabel('Số liệu thống kê').check();
        await page.getByLabel('Số yêu cầu tối đa mỗi phút').fill('120');
        // Valid to the end of a day a month ahead (in Vietnam), listed as that day.
        const lastDay = vnDayOf(await serverNow(), 30);
        await page.getByLabel(/^Dùng được đến hết ngày/).fill(lastDay);
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        const box = page.getByTestId('new-key');
        await box.waitFor();
        const key = await page.getByTestId('new-key-value').inputValue();
        expect(key).toMatch(KEY_FORMAT);
        const prefix = key.slice(3, 13);
        const boxText = await box.innerText();
        expect(boxText).toContain('Khóa chỉ hiện một lần');
        const example = await page.getByTestId('new-key-example').innerText();
        expect(example).toContain(`-H "X-Api-Key: ${key}"`);
        expect(example).toContain('{ ideas(first: 5) { nodes { title } } }');
        expect(example).toContain(urls.api);
        await expect.poll(() => page.locator('#key-scopes-error').count()).toBe(0);
        // The form is ready for the next key.
        expect(await page.getByLabel('Tên khóa').inputValue()).toBe('');
        expect(await page.getByLabel('Số yêu cầu tối đa mỗi phút').inputValue()).toBe('600');
        // Neither the address nor a cookie holds the key.
        expect(page.url()).not.toContain(key);
        expect(page.url()).not.toContain(prefix);
        for (const c of await context.cookies()) expect(c.value).not.toContain(key);

        // The partner uses it at once: public reads and statistics, with its limit announced.
        const ideas = await withKey(key, '{ ideas(first: 5) { nodes { title } } }');
        expect(ideas.res.status).toBe(200);
        expect(ideas.body?.errors).toBeUndefined();
        expect(Array.isArray((ideas.body?.data?.ideas as { nodes: unknown[] }).nodes)).toBe(true);
        expect(ideas.res.headers.get('ratelimit-limit')).toBe('120');
        const counters = await withKey(key, '{ ideaCounters { received } }');
        expect(counters.body?.errors).toBeUndefined();
        expect(typeof (counters.body?.data?.ideaCounters as { received: number }).received).toBe(
          'number',
        );

        // After a reload the key is gone for good; its row stays, with its use counted.
        const row = page.getByTestId(`api-key-${prefix}`);
        await expect
          .poll(
            async () => {
              await page.reload();
              return Number((await row.getByTestId('use-count').innerText()).replace(/\D/g, ''));
            },
            { timeout: 15_000 },
          )
          .toBeGreaterThanOrEqual(1);
        expect(await page.getByTestId('new-key').count()).toBe(0);
        expect(await page.content()).not.toContain(key);
        const rowText = await row.innerText();
        expect(rowText).toContain(name);
        expect(rowText).toContain(`kn_${prefix}_…`);
        expect(rowText).toContain('Đọc dữ liệu công khai');
        expect(rowText).toContain('Số liệu thống kê');
        expect(rowText).not.toContain('Gửi ý tưởng');
        expect(rowText).toContain('120');
        expect(rowText).toContain('Đang dùng');
        expect(await row.getByTestId('expires').innerText()).toBe(
          lastDay.split('-').reverse().join('/'),
        );
        expect(await row.getByTestId('last-used').innerText()).toMatch(
          /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
        );

        // Revoking asks first, then takes effect at once.
        await row.getByRole('button', { name: `Thu hồi khóa ${name}` }).click();
        const confirm = page.getByTestId('revoke-confirm');
        await confirm.waitFor();
        expect(await confirm.innerText()).toContain(`kn_${prefix}_…`);
        expect((await withKey(key, '{ ideaCounters { received } }')).res.status).toBe(200);
        await confirm.getByRole('button', { name: 'Thu hồi khóa', exact: true }).click();
        await page.getByText(`Đã thu hồi khóa "${name}"`).waitFor();
        await expect.poll(() => row.innerText()).toContain('Đã thu hồi');
        expect(await row.getByRole('button').count()).toBe(0);

        const refused = await withKey(key, '{ ideas(first: 5) { nodes { title } } }');
        expect(refused.res.status).toBe(401);
        expect(refused.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        await context.close();
      }
    });
  },
);
