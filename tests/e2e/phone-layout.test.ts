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
 * The public site on a 390×844 phone, with and without JavaScript (issue #15): a header of one
 * name row and one scrolling menu row, galleries whose first screen shows ideas, label/value
 * lists that never overlap (English labels are long), transparency charts whose text stays
 * readable and tables whose numbers do not wrap.
 */
let browser: Browser;
const WATER = 'Bể lọc nước sạch cho điểm trường và nhà văn hóa thôn Khe Rồng';

async function headerHeight(page: Page): Promise<number> {
  return (await page.locator('header.site-header').boundingBox())!.height;
}

describe.skipIf(!browserAvailable)(
  `the public site on a phone${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const js of [true, false]) {
      const mode = js ? 'JavaScript on' : 'JavaScript off';

      it(`keeps the header to two rows and every menu link reachable (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        for (const path of ['/', '/y-tuong', '/minh-bach', '/y-tuong?lang=en']) {
          await page.goto(`${urls.public}${path}`);
          expect(await headerHeight(page), path).toBeLessThanOrEqual(110);
        }
        await page.goto(`${urls.public}/`);
        const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
        expect(await nav.getByRole('link').count()).toBe(8);
        // The last link, scrolled to inside the menu row.
        await nav.getByRole('link', { name: 'Tra cứu' }).click();
        await page.getByRole('heading', { name: 'Tra cứu ý tưởng', level: 1 }).waitFor();
        await context.close();
      });

      it(`shows an idea on the first screen of the galleries (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        for (const path of ['/y-tuong', '/vinh-danh', '/y-tuong?lang=en']) {
          await page.goto(`${urls.public}${path}`);
          const first = page.locator('[data-testid="results"] .idea-card').first();
          const box = (await first.boundingBox())!;
          expect(box.y, path).toBeLessThan(844 - 60);
        }
        // A filter in use opens the folded filters and says how many.
        await page.goto(`${urls.public}/y-tuong?giai-doan=APPLIED`);
        expect(await page.getByTestId('more-filters').textContent()).toContain('đang chọn 1');
        expect(await page.getByLabel('Giai đoạn').isVisible()).toBe(true);
        await context.close();
      });

      it(`lays label/value lists out without overlap, in English too (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        const [idea] = await e2eSql<{ id: string }>(`select id from idea where title = $1`, [
          WATER,
        ]);
        await page.goto(`${urls.public}/y-tuong/${idea!.id}?lang=en`);
        await page.getByText('Recommendation after the pilot').waitFor();
        const overlaps = await page.locator('dl').evaluateAll((lists) =>
          lists.flatMap((dl) =>
            [...dl.querySelectorAll(':scope > dt')].flatMap((dt) => {
              const dd = dt.nextElementSibling;
              if (!dd || dd.tagName !== 'DD') return [];
              const a = dt.getBoundingClientRect();
              const b = dd.getBoundingClientRect();
              const apart =
                a.right <= b.left + 0.5 ||
                b.right <= a.left + 0.5 ||
                a.bottom <= b.top + 0.5 ||
                b.bottom <= a.top + 0.5;
              // Nor may a label run past its own box (an unbroken word wider than its column).
              const spills = dt.scrollWidth > dt.clientWidth + 1;
              return apart && !spills ? [] : [dt.textContent?.trim()];
            }),
          ),
        );
        expect(overlaps).toEqual([]);
        await context.close();
      });

      it(`keeps the transparency page readable (${mode})`, async () => {
        const { context, page } = await newPage(browser, { javaScriptEnabled: js });
        await page.goto(`${urls.public}/minh-bach`);
        const sizes = await page.locator('svg.chart').evaluateAll((charts) =>
          charts.flatMap((svg) => {
            const s = svg as SVGSVGElement;
            const factor = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
            return [...s.querySelectorAll('text')].map(
              (text) => parseFloat(getComputedStyle(text).fontSize) * factor,
            );
          }),
        );
        expect(sizes.length).toBeGreaterThan(10);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
        // Numbers and column headings stay on one line.
        // (a cell may be as tall as its row, whose name wraps; its own text is one line).
        const tall = await page.locator('table td.num, table thead th').evaluateAll((cells) =>
          cells
            .filter((c) => {
              const range = document.createRange();
              range.selectNodeContents(c);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              return tops.size > 1;
            })
            .map((c) => c.textContent?.trim()),
        );
        expect(tall).toEqual([]);
        expect(await page.getByTestId('stats-generated').textContent()).toMatch(/\. Tổng hợp lúc/);
        await context.close();
      });
    }
  },
);
