import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, newPage, skipReason, urls } from '../helpers/browser.js';

/**
 * Submitting as a villager on a 390×844 phone, with and without JavaScript (issue #15): every
 * error at once, an oversize file and an oversize text answered on the form with what was typed
 * kept, and a receipt that says when the hub will answer, which files arrived, where the
 * confirmation went and what the digest is.
 */
let browser: Browser;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function fillIdea(page: Page, title: string) {
  await page.getByLabel('Tên ý tưởng').fill(title);
  await page
    .getByLabel('Vấn đề, thực trạng cần giải quyết')
    .fill('Đường vào khu sản xuất lầy lội mỗi mùa mưa, xe chở nông sản không vào được.');
  await page
    .getByLabel('Nội dung giải pháp')
    .fill('Rải đá cấp phối 300 m đường nội đồng, bà con góp ngày công và vật liệu.');
  await page
    .getByLabel('Hiệu quả dự kiến')
    .fill('Xe vào tận ruộng, giảm công gánh bộ, nông sản bán được giá hơn.');
  await page.getByLabel('Nông nghiệp').first().check();
  await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Đỗ Văn Ruộng');
  await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 456 789');
  await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
}

const send = (page: Page) => page.getByRole('button', { name: 'Gửi ý tưởng' }).click();

describe.skipIf(!browserAvailable)(
  `the submission form on a phone${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const js of [true, false]) {
      const mode = js ? 'JavaScript on' : 'JavaScript off';

      it(`shows every error of an empty form at once (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/gui-y-tuong`);
        // The limits are said before anything is typed.
        expect(await page.locator('#f-title-hint').textContent()).toContain('Từ 10 đến 200 ký tự');
        expect(await page.locator('#f-solution-hint').textContent()).toContain('Ít nhất 20 ký tự');
        await send(page);
        await page.locator('#error-summary').waitFor();
        const items = await page.locator('#error-summary li').allTextContents();
        expect(items.length, items.join('\n')).toBeGreaterThanOrEqual(8);
        expect(items.join('\n')).toContain('cam đoan về nguồn gốc');
        expect(items.join('\n')).toMatch(/Tên ý tưởng/i);
        for (const id of ['f-title', 'f-problem', 'f-solution', 'f-benefit', 'f-fullName'])
          expect(await page.locator(`#${id}`).getAttribute('aria-invalid'), id).toBe('true');
        await context.close();
      });

      it(`answers a file over 10 MB on the form and keeps what was typed (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/gui-y-tuong`);
        await fillIdea(page, `Đường nội đồng có tệp quá lớn ${js ? 'a' : 'b'}`);
        await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
        await page.locator('#files').setInputFiles([
          {
            name: 'ban-ve-11MB.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.alloc(11 * 1024 * 1024, 0x20),
          },
        ]);
        await send(page);
        await page.locator('#files-error').waitFor();
        expect(await page.locator('#files-error').textContent()).toContain(
          'Tệp "ban-ve-11MB.pdf" vượt quá 10 MB.',
        );
        expect(await page.getByLabel('Tên ý tưởng').inputValue()).toBe(
          `Đường nội đồng có tệp quá lớn ${js ? 'a' : 'b'}`,
        );
        expect(
          await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).inputValue(),
        ).toBe('Đỗ Văn Ruộng');
        expect(await page.getByTestId('tracking-code').count()).toBe(0);
        await context.close();
      });

      it(`answers a text of a million characters on the form, keeping it (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/gui-y-tuong`);
        await fillIdea(page, `Đường nội đồng mô tả quá dài ${js ? 'a' : 'b'}`);
        await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
        const huge = 'Bùn lầy. '.repeat(122_300); // about 1.1 million characters
        await page.locator('#f-problem').fill(huge);
        await send(page);
        await page.locator('#f-problem-error').waitFor();
        expect(await page.locator('#f-problem-error').textContent()).toMatch(/10\.000/);
        expect((await page.locator('#f-problem').inputValue()).length).toBe(huge.length);
        expect(await page.getByLabel('Tên ý tưởng').inputValue()).toBe(
          `Đường nội đồng mô tả quá dài ${js ? 'a' : 'b'}`,
        );
        await context.close();
      });

      it(`gives a receipt with the answer date, the files and the digest explained (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/gui-y-tuong`);
        await fillIdea(page, `Đường nội đồng rải đá cấp phối ${js ? 'a' : 'b'}`);
        await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
        await page
          .locator('#files')
          .setInputFiles([
            { name: 'so-do-tuyen-duong.pdf', mimeType: 'application/pdf', buffer: PDF },
          ]);
        await send(page);
        await page.getByTestId('tracking-code').waitFor();
        expect(await page.getByTestId('answer-due').textContent()).toMatch(
          /chậm nhất ngày \d{2}\/\d{2}\/\d{4}/,
        );
        expect(await page.getByTestId('received-files').textContent()).toContain(
          'so-do-tuyen-duong.pdf',
        );
        expect(await page.getByTestId('confirmation').textContent()).toMatch(
          /SMS xác nhận .* số 091•+789/,
        );
        expect(await page.getByTestId('digest-explained').textContent()).toContain('SHA-256');
        if (js) {
          await page.getByRole('button', { name: 'In giấy biên nhận' }).waitFor();
        } else {
          expect(await page.locator('main').textContent()).toContain('lệnh In của trình duyệt');
        }
        await context.close();
      });
    }
  },
);
