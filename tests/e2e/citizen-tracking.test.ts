import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  urls,
} from '../helpers/browser.js';
import { submitIdea } from '../helpers/public.js';

/**
 * Tracking an idea on a 390×844 phone and at a reception point's shared tablet (issue #15), with
 * and without JavaScript: signing out forgets the author; kiosk mode forgets them after each use;
 * the page says when the hub will answer, lists the files and explains the digest; a lost code is
 * sent to the contact given, with the same answer for an unknown one; in English no Vietnamese
 * system text is left.
 */
let browser: Browser;
let code = '';
let phone = '';
const title = `Loa truyền thanh thông minh cho xóm núi ${Date.now()}`;

/** Letters only Vietnamese uses: none may be left outside content marked lang="vi". */
const VIETNAMESE = /[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵđĐ]/;

async function track(page: Page, path = '/tra-cuu', button = 'Tra cứu') {
  await page.goto(`${urls.public}${path}`);
  await page.locator('#f-code').fill(code);
  await page.locator('#f-contact').fill(phone);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('tracking-status').waitFor();
}

/** The page's text outside content in Vietnamese (marked lang="vi"). */
async function systemText(page: Page): Promise<string> {
  return page.locator('main').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="vi"], script, style, template, noscript'))
      el.remove();
    return copy.textContent ?? '';
  });
}

describe.skipIf(!browserAvailable)(
  `tracking an idea on a phone and a shared tablet${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
      phone = `09${String(Date.now()).slice(-8)}`;
      const r = await submitIdea({
        title,
        author: { fullName: 'Trịnh Văn Tra', phone },
      });
      code = r.trackingCode;
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const js of [true, false]) {
      const mode = js ? 'JavaScript on' : 'JavaScript off';

      it(`shows the answer date, the files and the digest explained, then signs out (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await track(page);
        expect(await page.getByTestId('answer-due').textContent()).toMatch(
          /chậm nhất ngày \d{2}\/\d{2}\/\d{4}/,
        );
        expect(await page.getByTestId('confirmation').textContent()).toMatch(/SMS xác nhận/);
        expect(await page.getByTestId('digest-explained').textContent()).toContain('SHA-256');
        if (js) await page.getByRole('button', { name: 'In giấy biên nhận' }).waitFor();
        else expect(await page.locator('main').textContent()).toContain('lệnh In của trình duyệt');
        expect(await page.locator('main').textContent()).toContain('30 phút');

        await page.getByTestId('sign-out').click();
        await page.getByText('Bạn đã thoát.').waitFor();
        expect(await page.getByTestId('tracking-status').count()).toBe(0);
        expect((await context.cookies()).some((c) => c.name === 'kn_track')).toBe(false);
        // Back to the page (another person on this phone): nothing of the author.
        await page.goto(`${urls.public}/tra-cuu`);
        expect(await page.locator('main').textContent()).not.toContain(title);
        await context.close();
      });

      it(`forgets the author after each use in kiosk mode (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/may-dung-chung`);
        await page.getByRole('button', { name: 'Bật chế độ máy dùng chung' }).click();
        await page.getByText('Máy này đang ở chế độ máy dùng chung.').waitFor();
        // The first villager tracks their idea and walks away without signing out.
        await track(page);
        await page.getByTestId('kiosk-banner').waitFor();
        expect(await page.locator('main').textContent()).toContain(title);
        expect(await page.locator('#f-contact').count()).toBe(0);
        // The next one opens the tracking page: a blank lookup, no autofill of the contact.
        await page.goto(`${urls.public}/tra-cuu`);
        expect(await page.getByTestId('tracking-status').count()).toBe(0);
        expect(await page.locator('main').textContent()).not.toContain(title);
        expect(await page.locator('#f-contact').getAttribute('autocomplete')).toBe('off');
        expect((await context.cookies()).some((c) => c.name === 'kn_track')).toBe(false);
        // The submission form forgets too: no autofill of name, email, phone.
        await page.goto(`${urls.public}/gui-y-tuong`);
        expect(await page.locator('#f-phone').getAttribute('autocomplete')).toBe('off');
        await page.goto(`${urls.public}/may-dung-chung`);
        await page.getByRole('button', { name: 'Tắt (trở lại máy cá nhân)' }).click();
        await page.getByText('Máy này đang là máy cá nhân.').waitFor();
        await context.close();
      });

      it(`sends a lost code to the contact given, answering an unknown one the same way (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        const before = await e2eSql(
          `select count(*)::int as n from outbound_message where recipient = $1`,
          [phone],
        );
        await page.goto(`${urls.public}/tra-cuu`);
        await page.getByText('Quên mã tra cứu?').click();
        await page.getByLabel('Số điện thoại hoặc email bạn đã ghi khi gửi').fill(phone);
        await page.getByRole('button', { name: 'Gửi lại mã cho tôi' }).click();
        const done = (await page.getByTestId('remind-done').textContent())!.trim();
        expect(done).toContain('mã tra cứu sẽ được gửi tới đó');
        expect(await page.locator('main').textContent()).not.toContain(code);
        const sent = await e2eSql(
          `select body from outbound_message where recipient = $1 order by created_at`,
          [phone],
        );
        expect(sent.length).toBe(before[0].n + 1);
        expect(sent.at(-1).body).toContain(code);

        await page.goto(`${urls.public}/tra-cuu`);
        await page.getByText('Quên mã tra cứu?').click();
        await page
          .getByLabel('Số điện thoại hoặc email bạn đã ghi khi gửi')
          .fill(`khong.ai.${Date.now()}@example.com`);
        await page.getByRole('button', { name: 'Gửi lại mã cho tôi' }).click();
        expect((await page.getByTestId('remind-done').textContent())!.trim()).toBe(done);
        await context.close();
      });

      it(`leaves no Vietnamese system text on the English tracking page (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await track(page, '/tra-cuu?lang=en', 'Track');
        expect(await page.getByTestId('answer-due').textContent()).toMatch(
          /by \d{2}\/\d{2}\/\d{4}/,
        );
        const text = await systemText(page);
        const lines = text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => VIETNAMESE.test(l));
        expect(lines).toEqual([]);
        await context.close();
      });
    }
  },
);
