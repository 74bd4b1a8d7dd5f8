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

/** A GraphQL call to the API, as the public site would make it. */
async function api<T = any>(query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${urls.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': '16228' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

const TABS = [
  'Hồ sơ',
  'Xử lý',
  'Tác giả & quyền',
  'Hội đồng',
  'Hỗ trợ & thử nghiệm',
  'Khen thưởng',
  'Lịch sử',
];

describe.skipIf(!browserAvailable)(
  `the admin's idea workspace and navigation${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the hub an idea as a workspace: a header with status, due date and next action, and a tab per task', async () => {
      // This file's own idea, submitted as a citizen would.
      const title = `Đèn năng lượng mặt trời cho ngõ xóm ${Date.now()}`;
      const { privacyNotice, fields } = await api<{
        privacyNotice: { version: number };
        fields: { id: string }[];
      }>('{ privacyNotice { version } fields { id } }');
      const { submitIdea } = await api<{ submitIdea: { trackingCode: string } }>(
        'mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { trackingCode } }',
        {
          i: {
            title,
            problem: 'Ngõ xóm tối, người đi bộ buổi tối dễ vấp ngã.',
            solution: 'Lắp đèn năng lượng mặt trời ở các ngõ, các hộ cùng bảo quản.',
            benefit: 'Đi lại an toàn hơn, không tốn tiền điện.',
            fieldIds: [fields[0]!.id],
            author: { fullName: 'Trần Văn Sáng', phone: '0913 579 246' },
            consents: { processData: true, noticeVersion: privacyNotice.version },
          },
        },
      );
      const [idea] = await e2eSql<{ id: string; title: string; tracking_code: string }>(
        'select id, title, tracking_code from idea where tracking_code = $1',
        [submitIdea.trackingCode],
      );
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/y-tuong/${idea!.id}`);
      await page.getByRole('heading', { name: idea!.title, level: 1 }).waitFor();
      expect(await page.getByTestId('idea-code').textContent()).toBe(idea!.tracking_code);
      expect(await page.getByTestId('idea-status').textContent()).toBe('Đã tiếp nhận');
      expect((await page.getByTestId('step-due').textContent())!.trim()).not.toBe('');
      expect(await page.getByTestId('idea-next').textContent()).toContain(
        'Phân loại hoặc đề nghị tác giả bổ sung',
      );

      const tabs = page.getByRole('navigation', { name: 'Các phần của hồ sơ ý tưởng' });
      expect(await tabs.getByRole('link').allTextContents()).toEqual(TABS);
      const current = tabs.locator('[aria-current="page"]');
      expect(await current.textContent()).toBe('Hồ sơ');
      // The dossier shows the content, not the decisions.
      await page.getByRole('heading', { name: 'Vấn đề cần giải quyết' }).waitFor();
      expect(await page.getByRole('button', { name: 'Đề nghị bổ sung' }).count()).toBe(0);

      // The next action leads to the tab where it is done.
      await page.getByTestId('idea-next').getByRole('link', { name: 'Làm ở phần Xử lý' }).click();
      await page.waitForURL(new RegExp(`/y-tuong/${idea!.id}/xu-ly$`));
      expect(await current.textContent()).toBe('Xử lý');
      await page.getByRole('button', { name: 'Đề nghị bổ sung' }).waitFor();

      await tabs.getByRole('link', { name: 'Lịch sử' }).click();
      await page.getByRole('heading', { name: 'Lịch sử xử lý' }).waitFor();
      expect(await current.textContent()).toBe('Lịch sử');

      // The hub's navigation: every group of jobs, the inbox marked as the current section.
      const nav = page.getByRole('navigation', { name: 'Điều hướng quản trị' });
      expect(await nav.getByRole('heading').allTextContents()).toEqual([
        'Tiếp nhận & xử lý',
        'Hội đồng',
        'Thử nghiệm & khen thưởng',
        'Phong trào',
        'Nội dung',
        'Quyền & dữ liệu',
        'Thiết lập',
      ]);
      expect(
        await nav
          .getByRole('link', { name: 'Hộp ý tưởng', exact: true })
          .getAttribute('aria-current'),
      ).toBe('page');
      await context.close();
    });

    it('shows a reception officer only the groups of their work, with what waits for them', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.officerDongLac);
      await page.goto(`${urls.admin}/y-tuong`);
      const nav = page.getByRole('navigation', { name: 'Điều hướng quản trị' });
      await nav.waitFor();
      expect(await nav.getByRole('heading').allTextContents()).toEqual([
        'Tiếp nhận & xử lý',
        'Quyền & dữ liệu',
      ]);
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Hộp ý tưởng',
        'Tiếp nhận trực tiếp',
        'Yêu cầu về dữ liệu cá nhân',
      ]);
      // Each group is a list named by its heading.
      expect(
        await nav.getByRole('list', { name: 'Tiếp nhận & xử lý' }).getByRole('link').count(),
      ).toBe(2);
      const inbox = nav.getByRole('link', { name: 'Hộp ý tưởng', exact: true });
      expect(await inbox.getAttribute('aria-current')).toBe('page');
      expect(await nav.getByRole('link', { name: 'Đánh giá' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Tranh chấp quyền tác giả' }).count()).toBe(0);
      await context.close();
    });
  },
);
