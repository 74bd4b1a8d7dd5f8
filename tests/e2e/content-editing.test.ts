import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
import { png } from '../helpers/png.js';
import { apiGql, staffToken } from '../helpers/public.js';

let browser: Browser;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A and AA problems axe finds on the page, as "rule: selector" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol: the admin's CSP forbids injected script tags.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<any> } }).axe;
    // The article's own text (what editors write) is not part of the interface being checked.
    const r = await axe.run(
      { exclude: ['.editor-content'] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    );
    return r.violations.flatMap((v: any) =>
      v.nodes.map((n: any) => `${v.id}: ${n.target.join(' ')}`),
    ) as string[];
  });
}

const EDITOR_NAME = 'Vũ Thị Lan';
/** The featured list as this file found it, put back when it is done. */
let featuredBefore: { ideaId?: string; postId?: string }[] | null = null;
const ADMIN = 'quantri@nhuthanh.example';

async function editorOf(page: Page) {
  await page.locator('[data-testid="rich-text-editor"][data-ready]').waitFor();
  return page.getByRole('textbox', { name: 'Nội dung bài viết' });
}

/** The post's title field (not "Tiêu đề cấp 2" or "Tiêu đề SEO"). */
const titleOf = (page: Page) => page.getByRole('textbox', { name: 'Tiêu đề', exact: true });

/**
 * Lets the editor catch up with a caret the browser moved (End, arrows): ProseMirror reads the new
 * selection on the next "selectionchange", a task after the key.
 */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

describe.skipIf(!browserAvailable)(
  `content editing in the browser: locks, stale saves, revisions, library, banners, featured${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now().toString(36);
    const title = `Thể lệ cuộc thi ý tưởng ${stamp}`;
    let postUrl = '';
    let a: Page; // the editor, first window
    let b: Page; // the same editor, second window

    beforeAll(async () => {
      browser = await launchBrowser();
      ({ page: a } = await newPage(browser));
      ({ page: b } = await newPage(browser));
      for (const p of [a, b]) await p.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(a, DEMO.editor, DEMO.password, /\/noi-dung/);
      await staffLogin(b, DEMO.editor, DEMO.password, /\/noi-dung/);
    });
    afterAll(async () => {
      // The featured list is shared with every other file: give the editors' list back.
      if (featuredBefore) {
        const token = await staffToken();
        await apiGql(
          'mutation ($i: [FeaturedInput!]!) { setFeatured(items: $i) { position } }',
          { i: featuredBefore },
          token,
        );
      }
      await browser?.close();
    });

    it('opens a post read only for someone else while its editor holds the lock', async () => {
      await a.goto(`${urls.admin}/noi-dung/moi?loai=PAGE`);
      await a.getByLabel('Tiêu đề').fill(title);
      await a.getByRole('button', { name: 'Tạo bản nháp và soạn nội dung' }).click();
      await a.waitForURL(/\/noi-dung\/[0-9a-f-]{36}$/);
      postUrl = a.url();
      const body = await editorOf(a);
      await body.click();
      await a.keyboard.type('Phiên bản một của thể lệ.');
      await save(a);
      await a.getByRole('status').filter({ hasText: 'Đã lưu bài viết.' }).waitFor();

      const other = await newPage(browser);
      try {
        await staffLogin(other.page, ADMIN);
        await other.page.goto(postUrl);
        await other.page
          .getByTestId('edit-lock')
          .getByText(`Đang được ${EDITOR_NAME} chỉnh sửa`)
          .waitFor();
        expect(await titleOf(other.page).isDisabled()).toBe(true);
        expect(
          await other.page.getByRole('button', { name: 'Lưu', exact: true }).isDisabled(),
        ).toBe(true);
        await expect
          .poll(() =>
            other.page
              .getByRole('textbox', { name: 'Nội dung bài viết' })
              .getAttribute('contenteditable'),
          )
          .toBe('false');
      } finally {
        await other.context.close();
      }
    });

    it('refuses a stale save, names who saved, compares and reloads the newer version', async () => {
      await b.goto(postUrl);
      const bodyB = await editorOf(b);
      await bodyB.click();
      await b.keyboard.press('End');
      await settle(b);
      await b.keyboard.type(' Bản sửa từ cửa sổ thứ hai.');
      await save(b);
      await b.getByRole('status').filter({ hasText: 'Đã lưu bài viết.' }).waitFor();

      // The first window still holds the earlier version.
      await titleOf(a).fill(`${title} (sửa)`);
      await save(a);
      const conflict = a.getByTestId('save-conflict');
      await conflict.getByText('Bạn đã lưu bài này ở một cửa sổ khác').waitFor();
      await conflict.getByText('Bản của bạn chưa được lưu').waitFor();
      await conflict.getByRole('button', { name: 'So sánh với bản đã lưu' }).click();
      await conflict.locator('ins', { hasText: '(sửa)' }).waitFor();
      await conflict.locator('del', { hasText: 'Bản sửa từ cửa sổ thứ hai.' }).waitFor();

      a.once('dialog', (d) => void d.accept());
      await conflict.getByRole('button', { name: /Tải bản mới nhất/ }).click();
      await a.getByRole('status').filter({ hasText: 'Đã tải bản mới nhất.' }).waitFor();
      await (await editorOf(a)).getByText('Bản sửa từ cửa sổ thứ hai.').waitFor();
      expect(await titleOf(a).inputValue()).toBe(title);
    });

    it('compares two revisions and restores an earlier one after confirming', async () => {
      const revisions = a.getByTestId('revisions');
      await revisions.getByRole('row', { name: /^3 \(mới nhất\)/ }).waitFor();
      const diff = a.getByTestId('revision-diff');
      await diff.getByText('Phiên bản 3 so với 2').waitFor();
      await diff.locator('ins', { hasText: 'Bản sửa từ cửa sổ thứ hai.' }).waitFor();

      await revisions.getByRole('button', { name: 'Khôi phục phiên bản 2' }).click();
      await revisions.getByText('Khôi phục phiên bản 2? Nội dung hiện tại vẫn được giữ').waitFor();
      await revisions.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
      await a.getByRole('status').filter({ hasText: 'Đã khôi phục phiên bản 2.' }).waitFor();
      const body = await editorOf(a);
      await body.getByText('Phiên bản một của thể lệ.').waitFor();
      await expect.poll(() => body.textContent()).not.toContain('cửa sổ thứ hai');
      await revisions.getByRole('row', { name: /^4 \(mới nhất\)/ }).waitFor();
    });

    it('embeds a public idea, refuses an unsafe link and opens the preview', async () => {
      const body = await editorOf(a);
      await body.click();
      await a.keyboard.press('Control+End');
      await settle(a);
      await a.keyboard.press('Enter');
      await a.keyboard.type('Xem tin tức');
      for (let i = 0; i < 'Xem tin tức'.length; i++) await a.keyboard.press('Shift+ArrowLeft');
      await settle(a);
      await a.getByRole('button', { name: 'Liên kết', exact: true }).click();
      await a.getByLabel('Địa chỉ liên kết').fill('javascript:alert(1)');
      await a.getByRole('button', { name: 'Gắn liên kết' }).click();
      await a.getByText('Địa chỉ không dùng được').waitFor();
      await a.getByLabel('Địa chỉ liên kết').fill('/tin-tuc');
      await a.getByRole('button', { name: 'Gắn liên kết' }).click();
      await body.getByRole('link', { name: 'Xem tin tức' }).waitFor();
      // The caret goes back to the text once the panel closes.
      await expect
        .poll(() => body.evaluate((el) => el.contains(document.activeElement)))
        .toBe(true);
      await a.keyboard.press('End');
      await settle(a);
      await a.keyboard.press('Enter');
      await a.getByRole('button', { name: 'Nhúng ý tưởng' }).click();
      const picker = a.getByRole('dialog', { name: 'Nhúng ý tưởng đã công khai' });
      const first = picker.getByRole('button', { name: /^Chọn ý tưởng / }).first();
      const ideaTitle = ((await first.getAttribute('aria-label')) ?? '').replace(
        'Chọn ý tưởng ',
        '',
      );
      await first.click();
      await body.locator('.idea-embed', { hasText: ideaTitle }).waitFor();

      await save(a);
      await a.getByRole('status').filter({ hasText: 'Đã lưu bài viết.' }).waitFor();
      const [stored] = await e2eSql<{ body: string }>(
        'select body::text as body from post where id = $1',
        [postUrl.split('/').pop()],
      );
      expect(stored!.body).toMatch(/"href":\s*"\/tin-tuc"/);
      expect(stored!.body).toMatch(/"type":\s*"ideaEmbed"/);

      // Stored as JSON and shown again from it after a reload.
      await a.reload();
      const again = await editorOf(a);
      await again.locator('.idea-embed', { hasText: ideaTitle }).waitFor();
      expect(await again.getByRole('link', { name: 'Xem tin tức' }).getAttribute('href')).toBe(
        '/tin-tuc',
      );

      // The preview is a signed link to the public site, made when asked for.
      const preview = await a.request.get(`${postUrl}/xem-truoc`, { maxRedirects: 0 });
      expect(preview.status()).toBe(303);
      expect(preview.headers().location?.startsWith(`${urls.public}/xem-truoc?token=`)).toBe(true);
    });

    it('cleans text pasted from Word through the API: real lists, no scripts or Word markup', async () => {
      const body = await editorOf(a);
      await body.click();
      await a.keyboard.press('Control+End');
      await settle(a);
      const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>
        <p class=MsoNormal style='mso-margin-top-alt:auto' onclick="steal()">Việc cần làm <b>trong quý</b><o:p></o:p></p>
        <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Đổ bê tông đường thôn</p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Lắp đèn đường</p>
        <script>window.__pasted = 1</script><img src=x onerror="window.__pasted = 2">
        </body></html>`;
      await body.evaluate((el, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Việc cần làm trong quý');
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, word);
      await body.locator('ul > li', { hasText: 'Lắp đèn đường' }).waitFor();
      await body.locator('ul > li', { hasText: 'Đổ bê tông đường thôn' }).waitFor();
      await body.locator('strong', { hasText: 'trong quý' }).waitFor();
      const html = await body.innerHTML();
      expect(html).not.toMatch(/mso-|Mso|onclick|onerror|<script|<img src="x"/i);
      expect(await a.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBe(
        undefined,
      );
    });

    it('sets the focal point of an image with the keyboard', async () => {
      await a.goto(`${urls.admin}/thu-vien`);
      const upload = a.getByRole('form', { name: 'Tải lên' });
      await upload
        .getByLabel(/^Tệp/)
        .setInputFiles({ name: `diem-${stamp}.png`, mimeType: 'image/png', buffer: png(200, 120) });
      await upload.getByLabel('Mô tả ảnh (văn bản thay thế)').fill(`Điểm đỏ ${stamp}`);
      await upload.getByRole('button', { name: 'Tải lên' }).click();
      const card = a.getByRole('article', { name: `diem-${stamp}.png` });
      await card.getByText(`Sửa thông tin`).click();
      const point = card.getByRole('button', { name: /^Điểm lấy nét: 50% từ trái, 50% từ trên/ });
      await point.focus();
      for (let i = 0; i < 5; i++) await a.keyboard.press('ArrowRight');
      await a.keyboard.press('Shift+ArrowUp');
      await expect.poll(() => card.getByLabel('Ngang (% từ trái)').inputValue()).toBe('60');
      await expect.poll(() => card.getByLabel('Dọc (% từ trên)').inputValue()).toBe('40');
      await card.getByLabel('Mô tả ảnh').fill('');
      await card.getByRole('button', { name: 'Lưu' }).click();
      await card.getByText('Ảnh cần có mô tả').waitFor();
      await card.getByLabel('Mô tả ảnh').fill(`Điểm đỏ giữa nền trắng ${stamp}`);
      await card.getByRole('button', { name: 'Lưu' }).click();
      await card.getByRole('status').filter({ hasText: 'Đã lưu thông tin tệp.' }).waitFor();
      await a.reload();
      await a.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      const again = a.getByRole('article', { name: `diem-${stamp}.png` });
      await again.getByText('Sửa thông tin').click();
      expect(await again.getByLabel('Ngang (% từ trái)').inputValue()).toBe('60');
      expect(await again.getByLabel('Dọc (% từ trên)').inputValue()).toBe('40');
    });

    it('adds a banner with an image from the library', async () => {
      await a.goto(`${urls.admin}/noi-dung/banner`);
      const form = a.getByRole('form', { name: 'Thêm banner' });
      await form.getByLabel('Tiêu đề').fill(`Ngày hội ý tưởng ${stamp}`);
      await form.getByLabel('Liên kết khi bấm vào banner').fill('javascript:alert(1)');
      await form.getByRole('button', { name: 'Chọn ảnh banner' }).click();
      const picker = a.getByRole('dialog', { name: 'Chọn ảnh banner' });
      await picker.getByRole('button', { name: `Điểm đỏ giữa nền trắng ${stamp}` }).click();
      await form.getByLabel('Trạng thái').selectOption({ label: 'Đã đăng' });
      await form.getByRole('button', { name: 'Thêm banner' }).click();
      await form.getByText('Chỉ dùng địa chỉ http(s)').waitFor();
      await form.getByLabel('Liên kết khi bấm vào banner').fill('/tin-tuc');
      await form.getByRole('button', { name: 'Thêm banner' }).click();
      await a
        .getByRole('status')
        .filter({ hasText: `Đã lưu banner "Ngày hội ý tưởng ${stamp}"` })
        .waitFor();
      const row = a.getByTestId('banner-list').getByRole('row', { name: new RegExp(stamp) });
      await row.getByText('Đã đăng').waitFor();
      await row.getByRole('img', { name: `Điểm đỏ giữa nền trắng ${stamp}` }).waitFor();
    });

    it('puts a published post first among the featured items', async () => {
      const { featured } = await apiGql<{
        featured: { idea: { id: string } | null; post: { id: string } | null }[];
      }>('{ featured { idea { id } post { id } } }', {}, await staffToken());
      featuredBefore = featured.map((f) =>
        f.idea ? { ideaId: f.idea.id } : { postId: f.post!.id },
      );
      await a.goto(`${urls.admin}/noi-dung/noi-bat`);
      const list = a.getByTestId('featured-list');
      const before = await list.getByRole('listitem').count();
      const choice = a.getByLabel('Thêm bài viết đã đăng');
      const options = await choice.locator('option').allTextContents();
      const postTitle = options.find((o) => !o.startsWith('—'))!;
      await choice.selectOption({ label: postTitle });
      await a.getByRole('button', { name: 'Thêm bài', exact: true }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(before + 1);
      for (let i = 0; i < before; i++) {
        await a.getByRole('button', { name: `Đưa ${postTitle} lên` }).click();
      }
      await a.getByRole('button', { name: 'Lưu danh sách' }).click();
      await a.getByRole('status').filter({ hasText: 'Đã lưu danh sách nổi bật' }).waitFor();
      await a.reload();
      await a.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expect
        .poll(() => list.getByRole('listitem').first().textContent())
        .toContain(postTitle);
    });

    it("sets the share title and description of a featured idea's public page", async () => {
      await a.goto(`${urls.admin}/noi-dung/noi-bat`);
      const seo = a.getByRole('region', { name: 'Chia sẻ và tìm kiếm của các ý tưởng nổi bật' });
      const first = seo.locator('details').first();
      await first.locator('summary').click();
      const shareTitle = `Sáng kiến tiêu biểu ${stamp}`;
      await first.getByLabel('Tiêu đề khi chia sẻ').fill(shareTitle);
      await first.getByLabel('Mô tả khi chia sẻ').fill('Mô tả ngắn khi chia sẻ lên Zalo.');
      await first.getByRole('button', { name: 'Lưu', exact: true }).click();
      await a
        .getByRole('status')
        .filter({ hasText: 'Đã lưu phần chia sẻ và tìm kiếm của trang ý tưởng.' })
        .waitFor();
      const [row] = await e2eSql<{ seo_title: string }>(
        'select seo_title from idea_seo where seo_title = $1',
        [shareTitle],
      );
      expect(row?.seo_title).toBe(shareTitle);
    });

    it('has no WCAG 2 A/AA problems axe can find on the content screens', async () => {
      for (const path of [
        '/noi-dung',
        new URL(postUrl).pathname,
        '/noi-dung/moi',
        '/thu-vien',
        '/noi-dung/banner',
        '/noi-dung/noi-bat',
      ]) {
        await a.goto(`${urls.admin}${path}`);
        if (path === new URL(postUrl).pathname) await editorOf(a);
        expect(await axeViolations(a), path).toEqual([]);
      }
    });
  },
);
