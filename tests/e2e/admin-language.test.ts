import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
  `the admin's language switch${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let page: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
      ({ page } = await newPage(browser)); // a Vietnamese browser (vi-VN)
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
    });
    afterAll(async () => {
      await browser?.close();
    });

    const nav = () =>
      page.getByRole('navigation', { name: /^(Điều hướng quản trị|Administration navigation)$/ });

    it('speaks Vietnamese to a Vietnamese browser, then English once chosen, on every page', async () => {
      await page.goto(`${urls.admin}/thiet-lap/ngay-nghi?nam=2032`);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      await nav().getByRole('heading', { name: 'Tiếp nhận & xử lý' }).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      // Back on the same page, now in English.
      await page.waitForURL(/\/thiet-lap\/ngay-nghi\?nam=2032$/);
      await page.locator('html[lang="en"][data-hydrated]').waitFor({ state: 'attached' });
      await nav().getByRole('heading', { name: 'Intake & triage' }).waitFor();
      await nav().getByRole('link', { name: 'Idea inbox' }).waitFor();
      await page.getByRole('heading', { name: 'Add a holiday' }).waitFor();

      // The choice is remembered: another page opened later is in English too.
      await page.goto(`${urls.admin}/y-tuong`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await nav().getByRole('heading', { name: 'Intake & triage' }).waitFor();
    });

    it('gets the API’s field errors in English', async () => {
      await page.goto(`${urls.admin}/thiet-lap/ngay-nghi?nam=2032`);
      const form = page.getByRole('form', { name: 'Add a holiday' });
      await form.getByLabel('Date', { exact: true }).fill('2032-03-10');
      // Longer than the API accepts (200 characters); only the API checks it.
      await form.getByRole('textbox', { name: /^Holiday/ }).fill('Ngày hội '.repeat(30));
      await form.getByRole('button', { name: 'Add a holiday' }).click();
      const error = form.locator('#h-name-error');
      await expect
        .poll(() => error.textContent().catch(() => ''))
        .toMatch(/may be at most 200 characters long \(it has \d+\)/);
    });

    it('goes back to Vietnamese with the same switch', async () => {
      await page.goto(`${urls.admin}/y-tuong`);
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.locator('html[lang="vi"][data-hydrated]').waitFor({ state: 'attached' });
      await nav().getByRole('heading', { name: 'Tiếp nhận & xử lý' }).waitFor();
    });
  },
);
