import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  urls,
} from '../helpers/browser.js';
import { apiGql, staffToken, submitIdea } from '../helpers/public.js';
import { richDoc } from '../helpers/content.js';

const AXE = createRequire(import.meta.url).resolve('axe-core');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now; returns the serious and critical violations, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return r.violations as Violation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
}

/** Collapsed parts (reception points, the table of all units, forms) are checked open too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('main details'))
      (d as HTMLDetailsElement).open = true;
  });
}

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `accessibility of every public page (axe, WCAG 2.2 AA)${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let ideaId = '';
    let campaignCode = '';
    let tracked: { trackingCode: string; digest: string; email: string };
    let invitation = '';
    let articleSlug = '';
    let previewPath = '';

    beforeAll(async () => {
      browser = await launchBrowser();
      const [idea] = await e2eSql<{ id: string }>(
        `select id from idea where honoured_at is not null and published_at is not null
           and rights_status = 'ESTABLISHED' and status in ('APPLIED', 'SCALED')
         order by honoured_at limit 1`,
      );
      ideaId = idea!.id;
      const [campaign] = await e2eSql<{ code: string }>(
        `select code from campaign where status = 'ACTIVE' limit 1`,
      );
      campaignCode = campaign!.code;
      const email = `a11y.${Date.now()}@example.com`;
      const coAuthorEmail = `a11y.dong.tac.gia.${Date.now()}@example.com`;
      const r = await submitIdea({
        author: { fullName: 'Trịnh Thị Tiếp Cận', email, share: 70 },
        coAuthors: [{ fullName: 'Lý Văn Đồng Hành', email: coAuthorEmail, share: 30 }],
      });
      tracked = { ...r, email };
      // The co-author's one-time link goes out through the outbox: wait for the job runner.
      const body = await vi.waitFor(
        async () => {
          const [mail] = await e2eSql<{ body: string }>(
            'select body from outbound_message where recipient = $1',
            [coAuthorEmail],
          );
          if (!/dong-tac-gia\?ma=/.test(mail?.body ?? '')) throw new Error('no invitation yet');
          return mail!.body;
        },
        { timeout: 30_000, interval: 100 },
      );
      invitation = /\/dong-tac-gia\?ma=[A-Za-z0-9_-]+/.exec(body)![0];

      const [article] = await e2eSql<{ slug: string }>(
        `select slug from post where kind = 'NEWS' and status = 'PUBLISHED'
           and cover_image_id is not null order by published_at limit 1`,
      );
      articleSlug = article!.slug;
      // A draft using every node of the editor (library image, idea card), seen through its
      // preview link: the article component with the preview banner.
      const token = await staffToken();
      const { mediaAssets } = await apiGql(
        '{ mediaAssets(first: 1, kind: IMAGE) { nodes { id alt } } }',
        {},
        token,
      );
      const image = mediaAssets.nodes[0];
      const { createPost } = await apiGql(
        'mutation ($input: PostInput!) { createPost(input: $input) { id } }',
        {
          input: {
            kind: 'NEWS',
            title: 'Bản nháp kiểm tra khả năng tiếp cận',
            summary: 'Bài chưa đăng, mở bằng liên kết xem trước.',
            body: richDoc({ mediaId: image.id, imageAlt: image.alt, ideaId }),
          },
        },
        token,
      );
      const { createPreviewLink } = await apiGql(
        'mutation ($id: ID!) { createPreviewLink(postId: $id) }',
        { id: createPost.id },
        token,
      );
      previewPath = createPreviewLink.slice(urls.public.length);
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** Pages whose address alone shows them, in Vietnamese and in English. */
    const STATIC: [string, () => string][] = [
      ['home', () => '/'],
      ['gallery', () => '/y-tuong'],
      [
        'gallery with search and filters',
        () => '/y-tuong?q=nuoc+sach&nam=2026&giai-doan=APPLIED&vinh-danh=1',
      ],
      ['gallery with no result', () => '/y-tuong?q=khong+co+y+tuong+nao+nhu+vay'],
      ['honoured gallery', () => '/vinh-danh'],
      ['idea page', () => `/y-tuong/${ideaId}`],
      ['campaign list', () => '/phong-trao'],
      ['campaign page', () => `/phong-trao/${campaignCode}`],
      ['transparency dashboard', () => '/minh-bach'],
      ['in-person reception points', () => '/noi-gui-truc-tiep'],
      ['in-person reception points found by a search', () => '/noi-gui-truc-tiep?q=dong+lac'],
      ['submit form', () => '/gui-y-tuong'],
      ['tracking form', () => '/tra-cuu'],
      ['receipt check', () => '/kiem-tra-bien-nhan'],
      ['receipt check with a result', () => `/kiem-tra-bien-nhan?ma=${tracked.digest}`],
      ['receipt check with a malformed code', () => '/kiem-tra-bien-nhan?ma=abc'],
      ['public receipt log', () => '/so-bien-nhan'],
      ['co-author page', () => invitation],
      ['co-author page with a used or wrong link', () => '/dong-tac-gia?ma=khong-hop-le'],
      ['news list', () => '/tin-tuc'],
      ['news list of one kind and tag', () => '/tin-tuc?loai=tin-tuc&the=tin-hoat-dong'],
      ['news article', () => `/tin-tuc/${articleSlug}`],
      ['static page', () => '/trang/the-le'],
      ['preview of a draft', () => previewPath],
      ['preview with an invalid link', () => '/xem-truoc?token=khong-hop-le'],
      ['missing article', () => '/tin-tuc/khong-co-bai-nay'],
      ['error page', () => '/trang-khong-ton-tai'],
      ['missing idea', () => '/y-tuong/00000000-0000-4000-8000-000000000000'],
    ];

    for (const lang of ['vi', 'en'] as const) {
      for (const [name, path] of STATIC) {
        it(`${name} (${lang}) has no serious or critical violation`, async () => {
          const { context, page } = await newPage(browser, { bypassCSP: true });
          const p = path();
          const sep = p.includes('?') ? '&' : '?';
          await page.goto(`${urls.public}${p}${lang === 'en' ? `${sep}lang=en` : ''}`);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          await openAllDetails(page);
          expect(await seriousViolations(page)).toEqual([]);
          await context.close();
        });
      }
    }

    it('submit form showing errors, and its receipt, have no serious violation', async () => {
      const { context, page } = await newPage(browser, { bypassCSP: true });
      await page.goto(`${urls.public}/gui-y-tuong`);
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.locator('#error-summary').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('Tên ý tưởng').fill('Bảng tin điện tử cho nhà văn hóa thôn');
      await page
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Người dân ở thôn xa ít được biết thông tin của xã.');
      await page.getByLabel('Nội dung giải pháp').fill('Lắp bảng tin điện tử ở nhà văn hóa.');
      await page.getByLabel('Hiệu quả dự kiến').fill('Thông tin tới người dân kịp thời.');
      await page.getByLabel('Chuyển đổi số').check();
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Mạc Văn Truy');
      await page.getByLabel('Email', { exact: true }).fill(`truy.${Date.now()}@example.com`);
      await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByTestId('tracking-code').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    for (const lang of ['vi', 'en'] as const) {
      it(`tracking page with a result (${lang}) has no serious violation`, async () => {
        const { context, page } = await newPage(browser, { bypassCSP: true });
        await page.goto(`${urls.public}/tra-cuu${lang === 'en' ? '?lang=en' : ''}`);
        await page.locator('input[name="code"]').fill(tracked.trackingCode);
        await page.locator('input[name="contact"]').fill(tracked.email);
        await page.locator('form.track-form button[type="submit"]').click();
        await page.getByTestId('tracking-status').waitFor();
        await openAllDetails(page);
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it('starts with a skip link that moves focus to the content, and shows where focus is', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/minh-bach`);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.textContent()).toBe('Bỏ qua, đến nội dung chính');
      // The skip link is visible while focused, with an outline.
      const box = await skip.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // Tabbing on reaches the next control inside the content, with a visible outline.
      await page.keyboard.press('Tab');
      const next = page.locator(':focus');
      expect(await next.evaluate((el) => el.closest('main') !== null)).toBe(true);
      expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await context.close();
    });
  },
);
