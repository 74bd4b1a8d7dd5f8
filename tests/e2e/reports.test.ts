import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';

let browser: Browser;
const NUMBER = '99/BC-UBND-KTTD';
const ASSESSMENT = 'Phong trào lan tỏa đến các thôn; kiểm thử trình duyệt.';
const PURPOSE = 'Chương trình đổi mới sáng tạo tỉnh (kiểm thử trình duyệt)';

/**
 * The hub generates the mid-term review (sơ kết) in the browser (issue #17): a new draft, its
 * number, signer and assessment, the files made in the background with their progress, the DOCX
 * and the PDF downloaded, then issued — after which it cannot be edited. What this file writes
 * to the shared demo commune is removed afterwards.
 */
describe.skipIf(!browserAvailable)(
  `the commune's reports in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const cleanUp = async () => {
      await e2eSql(`delete from hub_report where number_symbol = $1 or assessment = $2`, [
        NUMBER,
        ASSESSMENT,
      ]);
      await e2eSql(`delete from consent where kind = 'SHARE_PROGRAMMES' and channel = 'PAPER'`);
      await e2eSql(`delete from audit_entry where action = 'IDEA_EXPORTED' and reason = $1`, [
        PURPOSE,
      ]);
    };
    beforeAll(async () => {
      browser = await launchBrowser();
      await cleanUp();
    });
    afterAll(async () => {
      await cleanUp();
      await browser?.close();
    });

    it('lets the hub generate the sơ kết report, follow its progress, download and issue it', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/bao-cao`);
      expect(await page.locator('h1').textContent()).toBe('Báo cáo của xã');
      await page.locator('#report-kind').selectOption('MID_TERM');
      await page.getByRole('button', { name: 'Lập dự thảo' }).click();
      await page.waitForURL(/\/bao-cao\/[0-9a-f-]{36}$/);
      expect(await page.locator('h1').textContent()).toMatch(
        /^Báo cáo sơ kết: Sơ kết thực hiện phong trào thi đua/,
      );
      expect(await page.getByTestId('report-status').textContent()).toBe('Dự thảo');
      // "Nơi nhận" starts from the defaults.
      expect(await page.locator('#f-recipients').inputValue()).toContain(
        'Thường trực Đảng ủy xã (b/c)',
      );

      await page.locator('#f-number').fill(NUMBER);
      await page.locator('#f-signer').fill('Lê Văn Ký');
      await page.locator('#f-assessment').fill(ASSESSMENT);
      await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 })
        .toContain('Đã lưu dự thảo');

      // Generation runs in the background; the page follows it until the files are there.
      await page.getByRole('button', { name: 'Tạo tệp DOCX, PDF và phụ lục XLSX' }).click();
      const seen = new Set<string>();
      await expect
        .poll(
          async () => {
            const progress = page.getByTestId('report-progress');
            if (await progress.count()) seen.add((await progress.textContent()) ?? '');
            return page.getByTestId('report-files').getByRole('link').count();
          },
          { timeout: 30_000, interval: 200 },
        )
        .toBe(3);
      expect(await page.getByTestId('report-generated').textContent()).toMatch(/\(5\/5 bước\)/);
      for (const s of seen) expect(s).toMatch(/Đang tạo tệp: bước \d\/5|Đã đưa vào hàng đợi/);

      const [docx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /\.docx$/ }).click(),
      ]);
      expect(docx.suggestedFilename()).toMatch(/^bao-cao-so-ket-.*-v1\.docx$/);
      const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
      const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
      expect(text).toContain(NUMBER);
      expect(text).toContain(ASSESSMENT);
      expect(text).toMatch(/Như Thanh, ngày \d{2} tháng \d{1,2} năm \d{4}/);
      expect(text).toContain('Nơi nhận');
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /\.pdf$/ }).click(),
      ]);
      expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

      // Issued: the content can no longer be edited.
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Ban hành báo cáo' }).click();
      await expect
        .poll(() => page.getByTestId('report-status').textContent(), { timeout: 10_000 })
        .toBe('Đã ban hành');
      expect(await page.locator('#f-assessment').isDisabled()).toBe(true);
      expect(
        await page.getByRole('button', { name: 'Đính chính (tạo phiên bản mới)' }).count(),
      ).toBe(1);
      await context.close();
    });

    it('exports an idea file only with the authors’ consent, and logs the export', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/bao-cao`);
      await page
        .getByRole('link', { name: 'Xuất hồ sơ ý tưởng lên chương trình cấp trên' })
        .click();
      await page.waitForURL(/\/bao-cao\/xuat-ho-so$/);
      const first = page.locator('input[name="id"]').first();
      const ideaId = await first.getAttribute('value');
      const [{ tracking_code: code }] = await e2eSql(
        `select tracking_code from idea where id = $1`,
        [ideaId],
      );
      await first.check();
      await page.locator('#x-purpose').fill(PURPOSE);
      // Without the authors' consent: refused, with the idea named, and nothing logged.
      await page.getByRole('button', { name: 'Xuất JSON' }).click();
      await page.waitForURL(/loi=/);
      expect(await page.getByTestId('export-error').textContent()).toContain(code);
      expect(await page.locator(`input[value="${ideaId}"]`).isChecked()).toBe(true);
      // Every credited author agrees (as on paper at reception): the file is exported.
      await e2eSql(
        `insert into consent (id, tenant_id, authorship_id, kind, notice_version, channel, given_at)
         select gen_random_uuid(), a.tenant_id, a.id, 'SHARE_PROGRAMMES', 1, 'PAPER', now()
           from authorship a where a.idea_id = $1 and a.declined_at is null`,
        [ideaId],
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất JSON' }).click(),
      ]);
      const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(data.purpose).toBe(PURPOSE);
      expect(data.initiatives.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([code]);
      const logged = await e2eSql(
        `select count(*)::int as n from audit_entry where action = 'IDEA_EXPORTED' and idea_id = $1 and reason = $2`,
        [ideaId, PURPOSE],
      );
      expect(logged[0].n).toBe(1);
      await context.close();
    });
  },
);
