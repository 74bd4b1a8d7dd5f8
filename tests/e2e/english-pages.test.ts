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

/**
 * The English pages (issue #15): the fixed lists a reader chooses from (the fields, the phases),
 * the system's messages, the idea's steps and the API's errors are in English; what the commune or
 * the authors wrote in Vietnamese (titles, texts, names, places) is marked lang="vi".
 */
let browser: Browser;
const WATER = 'Bể lọc nước sạch cho điểm trường và nhà văn hóa thôn Khe Rồng';
/** Letters only Vietnamese uses. */
const VIETNAMESE = /[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵđĐ]/;

/** Lines of the main content, outside what is marked as Vietnamese, that are Vietnamese. */
async function vietnameseLines(page: Page): Promise<string[]> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="vi"], script, style, template, noscript'))
      el.remove();
    // Options and labels are read as they are shown.
    return copy.innerText ?? copy.textContent ?? '';
  });
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => VIETNAMESE.test(l));
}

describe.skipIf(!browserAvailable)(
  `the English pages${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const js of [true, false]) {
      const mode = js ? 'JavaScript on' : 'JavaScript off';

      it(`shows the galleries, an idea with a pilot and the campaign in English (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        const [idea] = await e2eSql<{ id: string }>(`select id from idea where title = $1`, [
          WATER,
        ]);
        const [campaign] = await e2eSql<{ code: string }>(
          `select code from campaign order by starts_on limit 1`,
        );
        const [page1] = await e2eSql<{ slug: string }>(
          `select slug from post where kind = 'PAGE' and status = 'PUBLISHED' order by slug limit 1`,
        );
        for (const path of [
          '/y-tuong?lang=en&giai-doan=APPLIED',
          '/vinh-danh?lang=en',
          `/y-tuong/${idea!.id}?lang=en`,
          `/phong-trao/${campaign!.code}?lang=en`,
          '/?lang=en',
          // A footer page: the commune's text stays Vietnamese (marked), the page around it English.
          `/trang/${page1!.slug}?lang=en`,
        ]) {
          await page.goto(`${urls.public}${path}`);
          expect(await vietnameseLines(page), path).toEqual([]);
        }
        // The fields a reader filters by are in English.
        await page.goto(`${urls.public}/y-tuong?lang=en`);
        const options = await page.locator('#linh-vuc option').allTextContents();
        expect(options).toContain('Agriculture');
        expect(options).toContain('Digital transformation');
        await context.close();
      });

      it(`answers a refused file in English on the English form (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/gui-y-tuong?lang=en`);
        expect(await vietnameseLines(page)).toEqual([]);
        await page.locator('#files').setInputFiles([
          {
            name: 'ghi-chu.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('Một tệp văn bản đổi tên thành .pdf'),
          },
          {
            name: 'tool.exe',
            mimeType: 'application/octet-stream',
            buffer: Buffer.from('MZ\u0090\u0000 not a document'),
          },
        ]);
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await page.locator('#files-error').waitFor();
        const error = (await page.locator('#files-error').textContent())!;
        expect(error).not.toMatch(VIETNAMESE);
        // Each refused file is named (the one renamed .pdf is found out by its content).
        expect(error).toContain('ghi-chu.pdf');
        expect(error).toContain('tool.exe');
        expect(await vietnameseLines(page)).toEqual([]);
        await context.close();
      });
    }
  },
);
