import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  serverNow,
  staffLogin,
  urls,
  vnDayOf,
} from '../helpers/browser.js';

let browser: Browser;

const COUNCIL = 'Hội đồng tư vấn đánh giá ý tưởng đổi mới sáng tạo xã Như Thanh';
const MEMBERS = {
  chair: 'chutich.hoidong@nhuthanh.example',
  secretary: 'hoidong@nhuthanh.example',
  expert: 'chuyengia@nhuthanh.example',
};
const CRITERIA = 7;

/** A GraphQL call to the API, as the public site or a staff member would make it. */
async function api<T = any>(query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(`${urls.api}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tenant': '16228',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** Signs in a council member and opens their queue entry for the idea. */
async function openReview(page: Page, email: string, title: string): Promise<void> {
  await staffLogin(page, email);
  await page.getByRole('link', { name: 'Đánh giá', exact: true }).click();
  await page.getByRole('heading', { name: 'Đánh giá của Hội đồng' }).waitFor();
  const row = page.getByTestId('my-reviews').getByRole('row').filter({ hasText: title });
  expect(await row.getByTestId('my-state').textContent()).toBe('Cần kê khai xung đột lợi ích');
  await row.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Declares no conflict of interest, scores every criterion (autosaved), submits and votes. */
async function scoreAndVote(page: Page, values: number[], comment: string): Promise<void> {
  await page.getByLabel('Tôi không có xung đột lợi ích với tác giả và ý tưởng này').check();
  await page.getByRole('button', { name: 'Ghi kê khai' }).click();
  await page.getByRole('heading', { name: 'Phiếu chấm của tôi' }).waitFor();
  const scores = page.getByRole('spinbutton', { name: /^Điểm – / });
  expect(await scores.count()).toBe(CRITERIA);
  for (let i = 0; i < CRITERIA; i++) await scores.nth(i).fill(String(values[i]));
  await page.getByRole('textbox', { name: 'Nhận xét – Tính mới' }).fill(comment);
  // The sheet saves itself: the status line says when, and the draft is in the database.
  await expect
    .poll(async () => page.getByTestId('autosave-status').textContent(), { timeout: 10_000 })
    .toMatch(/Đã lưu lúc \d{2}:\d{2}/);
  // Ctrl+Enter submits from the keyboard.
  await scores.nth(CRITERIA - 1).focus();
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('sheet-submitted').waitFor();
  expect(await page.getByTestId('my-review-state').textContent()).toBe('Đã nộp phiếu');
  await page.getByRole('radio', { name: 'Tán thành', exact: true }).check();
  await page.getByRole('button', { name: 'Ghi biểu quyết' }).click();
  await expect
    .poll(async () => page.getByTestId('my-vote').textContent(), { timeout: 15_000 })
    .toBe('Đã biểu quyết: Tán thành.');
}

describe.skipIf(!browserAvailable)(
  `council review in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const title = `Sổ theo dõi vắc-xin điện tử cho trẻ em ${Date.now()}`;
    const phone = '0916 357 913';
    let trackingCode = '';
    let ideaId = '';
    let reviewUrl = '';

    beforeAll(async () => {
      // An accepted idea of its own, made through the API as the public site and the hub would.
      const { privacyNotice, fields } = await api<{
        privacyNotice: { version: number };
        fields: { id: string; name: string }[];
      }>('{ privacyNotice { version } fields { id name } }');
      const fieldId = fields.find((f) => f.name === 'Y tế')?.id ?? fields[0]!.id;
      const { submitIdea } = await api(
        'mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { trackingCode } }',
        {
          i: {
            title,
            problem: 'Cha mẹ hay quên lịch tiêm chủng, sổ giấy dễ mất và khó tra cứu.',
            solution: 'Sổ tiêm chủng điện tử nhắc lịch qua tin nhắn, cán bộ trạm y tế cập nhật.',
            benefit: 'Tăng tỷ lệ tiêm đủ mũi đúng hạn, giảm công sức của trạm y tế.',
            fieldIds: [fieldId],
            author: { fullName: 'Nguyễn Thị Hạnh', phone },
            consents: { processData: true, noticeVersion: privacyNotice.version },
          },
        },
      );
      trackingCode = submitIdea.trackingCode;
      const [row] = await e2eSql(`select id from idea where tracking_code = $1`, [trackingCode]);
      ideaId = row.id;
      const { login } = await api(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: DEMO.hub, p: DEMO.password },
      );
      await api(
        'mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { status } }',
        {
          i: {
            ideaId,
            to: 'ACCEPTED',
            classification: {
              fieldIds: [fieldId],
              maturity: 'COMPLETE',
              feasibility: 'HIGH',
              applicability: 'WIDE',
              route: 'COUNCIL_REVIEW',
            },
          },
        },
        login.token,
      );
    });

    it('lets the hub assign the idea to the council with a due date', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/y-tuong/${ideaId}/xu-ly`);
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByLabel('Hội đồng đánh giá (khi chuyển Hội đồng đánh giá)').selectOption({
        label: COUNCIL,
      });
      const due = vnDayOf(await serverNow(), 20);
      await page.getByLabel('Thời hạn của bước tiếp theo (không bắt buộc)').fill(due);
      await page.getByRole('button', { name: 'Chuyển: Hội đồng đang đánh giá' }).click();
      await expect
        .poll(async () => page.getByTestId('idea-status').textContent(), { timeout: 15_000 })
        .toBe('Hội đồng đang đánh giá');
      // The idea page links to the review, which the council's page lists with its progress.
      await page
        .getByRole('navigation', { name: 'Các phần của hồ sơ ý tưởng' })
        .getByRole('link', { name: 'Hội đồng' })
        .click();
      await page.getByRole('link', { name: COUNCIL }).click();
      await page.waitForURL(/\/danh-gia\/[0-9a-f-]{36}$/);
      reviewUrl = page.url();
      expect(await page.getByTestId('review-status').textContent()).toBe('Đang chấm');
      // The demo reviews were scored under the campaign's rubric, so it shows as frozen.
      await page.goto(`${urls.admin}/hoi-dong/tieu-chi`);
      expect(await page.getByTestId('rubric-frozen').textContent()).toContain(
        'Bộ tiêu chí đã khóa',
      );
      expect(await page.getByRole('button', { name: 'Lưu bộ tiêu chí' }).count()).toBe(0);
      await page.goto(`${urls.admin}/hoi-dong`);
      await page.getByRole('link', { name: COUNCIL }).click();
      const row = page.getByRole('row').filter({ hasText: title });
      expect(await row.getByTestId('council-review-progress').textContent()).toBe('0/0 đã nộp');
      const [review] = await e2eSql(
        `select to_char(due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') as due
           from review where idea_id = $1`,
        [ideaId],
      );
      expect(review.due).toBe(`${due} 17:00`);
      await context.close();
    });

    it('has the first member declare, score with autosave, submit and vote', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await openReview(page, MEMBERS.expert, title);
      // Nothing to score before the declaration.
      expect(await page.getByRole('spinbutton').count()).toBe(0);
      await scoreAndVote(page, [8, 7.5, 8, 9, 8, 7, 8], 'Có thể dùng ngay ứng dụng sẵn có.');
      const [draft] = await e2eSql(
        `select count(*)::int as n from score s join review r on r.id = s.review_id
           where r.idea_id = $1`,
        [ideaId],
      );
      expect(draft.n).toBe(CRITERIA);
      await context.close();
    });

    it('hides the other sheets from a member until their own is submitted', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await openReview(page, MEMBERS.secretary, title);
      await page.getByLabel('Tôi không có xung đột lợi ích với tác giả và ý tưởng này').check();
      await page.getByRole('button', { name: 'Ghi kê khai' }).click();
      const hidden = page.getByTestId('others-hidden');
      await hidden.waitFor();
      // The expert has submitted, yet nothing of the expert's scores is on this page.
      expect(await page.locator('main').textContent()).toContain(
        'TS. Nguyễn Thị Lệ — đã nộp phiếu',
      );
      expect(await page.getByTestId('sheets-table').count()).toBe(0);
      expect(await page.getByTestId('review-result').count()).toBe(0);
      const scores = page.getByRole('spinbutton', { name: /^Điểm – / });
      for (let i = 0; i < CRITERIA; i++) await scores.nth(i).fill(String([7, 8, 8, 8, 7, 7, 9][i]));
      await expect
        .poll(async () => page.getByTestId('autosave-status').textContent(), { timeout: 10_000 })
        .toMatch(/Đã lưu lúc/);
      await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
      await page.getByTestId('sheet-submitted').waitFor();
      // Now the other sheets show, with the expert's comment.
      const expertRow = page
        .getByTestId('sheets-table')
        .getByRole('row', { name: /TS\. Nguyễn Thị Lệ/ });
      expect(await expertRow.textContent()).toContain('7,5');
      await expect.poll(async () => hidden.count()).toBe(0);
      await page.getByRole('radio', { name: 'Tán thành', exact: true }).check();
      await page.getByRole('button', { name: 'Ghi biểu quyết' }).click();
      await expect
        .poll(async () => page.getByTestId('my-vote').textContent(), { timeout: 15_000 })
        .toBe('Đã biểu quyết: Tán thành.');
      await context.close();
    });

    it('shows the chair the result live, takes the conclusion and answers the author', async () => {
      // The hub follows the review while the chair scores: progress arrives without a reload.
      const hub = await newPage(browser);
      await hub.page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(hub.page, DEMO.hub);
      await hub.page.goto(reviewUrl);
      await hub.page.getByText('● trực tiếp').waitFor();
      expect(await hub.page.getByTestId('review-progress').textContent()).toContain('2/2');

      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      try {
        await openReview(page, MEMBERS.chair, title);
        await scoreAndVote(page, [9, 8, 8, 8, 8, 8, 8], 'Chi phí thấp, trạm y tế sẵn sàng.');
        await expect
          .poll(async () => hub.page.getByTestId('review-progress').textContent(), {
            timeout: 10_000,
          })
          .toContain('3/3');
      } finally {
        await hub.context.close();
      }

      // Three sheets, weighted mean over the threshold, three votes of three in favour.
      expect(await page.getByTestId('review-progress').textContent()).toContain('3/3');
      const score = Number(
        (await page.getByTestId('result-score').textContent())!.replace(',', '.'),
      );
      expect(score).toBeGreaterThan(65);
      expect(await page.getByTestId('result-verdict').textContent()).toContain(
        'Đạt quy chế để đề xuất thử nghiệm',
      );
      expect(await page.getByTestId('vote-tally').textContent()).toContain('3 tán thành');
      expect(
        await page
          .getByRole('table', { name: /Số liệu theo tiêu chí/ })
          .getByRole('row')
          .count(),
      ).toBe(CRITERIA + 1);
      expect(await page.getByRole('img', { name: /Điểm bình quân và độ phân tán/ }).count()).toBe(
        1,
      );

      // The minutes (draft until concluded) download as a Word document.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Tải biên bản (DOCX)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^bien-ban-hoi-dong-.*\.docx$/);
      const file = await readFile((await download.path())!);
      expect(file.subarray(0, 2).toString()).toBe('PK');

      const reasons = 'Giải pháp khả thi, chi phí thấp; đề nghị thử nghiệm tại Trạm Y tế xã.';
      await page.getByRole('radio', { name: 'Đề xuất thử nghiệm' }).check();
      await page.getByLabel('Lý do kết luận (gửi tác giả)').fill(reasons);
      await page.getByRole('button', { name: 'Ghi kết luận' }).click();
      await expect
        .poll(async () => page.getByTestId('review-status').textContent(), { timeout: 15_000 })
        .toBe('Đã kết luận');
      expect(await page.getByTestId('idea-status').textContent()).toBe('Được đề xuất thử nghiệm');
      expect(await page.locator('main').textContent()).toContain(reasons);
      await context.close();

      // The author's tracking page has the conclusion with its reasons.
      const author = await newPage(browser);
      await author.page.goto(`${urls.public}/tra-cuu`);
      await author.page.getByLabel('Mã tra cứu').fill(trackingCode);
      await author.page.getByLabel('Email hoặc số điện thoại').fill(phone.replace(/\s/g, ''));
      await author.page.getByRole('button', { name: 'Tra cứu' }).click();
      await author.page.getByTestId('tracking-status').waitFor({ timeout: 30_000 });
      await expect.poll(async () => author.page.locator('main').textContent()).toContain(reasons);
      const [idea] = await e2eSql(`select status from idea where id = $1`, [ideaId]);
      expect(idea.status).toBe('RECOMMENDED');
      await author.context.close();
    }, 150_000);
  },
);
