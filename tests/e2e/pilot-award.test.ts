import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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
import { apiGql, staffToken, submitIdea } from '../helpers/public.js';

let browser: Browser;

/** This file's own idea (demo ideas are read by other files), brought to RECOMMENDED below. */
const IDEA_TITLE = `Lớp dạy bơi an toàn cho học sinh dịp hè ${Date.now().toString(36)}`;
const COUNCIL = 'Hội đồng tư vấn đánh giá ý tưởng đổi mới sáng tạo xã Như Thanh';
/** The demo council's members (quorum 3, score and vote). */
const MEMBERS = [
  'chutich.hoidong@nhuthanh.example',
  'hoidong@nhuthanh.example',
  'chuyengia@nhuthanh.example',
  DEMO.hub,
];

/**
 * Submits an idea about swimming lessons as its author would (every consent, own work), then
 * walks it through the API the way the hub and the council do: accepted for the council, rights
 * established, published, scored and voted for by every member, recommended for a pilot.
 */
async function recommendedIdea(): Promise<string> {
  const { fields } = await apiGql<{ fields: { id: string; code: string }[] }>(
    '{ fields { id code } }',
  );
  const fieldId = fields.find((f) => f.code === 'giao-duc')!.id;
  const receipt = await submitIdea({
    title: IDEA_TITLE,
    problem: 'Mùa hè có nguy cơ đuối nước ở ao hồ, nhiều trẻ chưa biết bơi.',
    solution: 'Dùng bể bơi di động, phối hợp nhà trường mở lớp dạy bơi trong dịp hè.',
    benefit: 'Trẻ em biết bơi, giảm nguy cơ tai nạn đuối nước.',
    fieldIds: [fieldId],
    maturity: 'TESTED',
    author: { fullName: 'Lò Thị Bơi Lội', email: `boi.loi.${Date.now()}@example.com` },
    consents: {
      noticeVersion: 1,
      processData: true,
      showName: true,
      publishContent: true,
      allowPilot: true,
      allowScale: true,
    },
  });
  const [idea] = await e2eSql<{ id: string }>('select id from idea where tracking_code = $1', [
    receipt.trackingCode,
  ]);
  const ideaId = idea!.id;
  const hub = await staffToken(DEMO.hub);
  const transition = (input: Record<string, unknown>) =>
    apiGql(
      'mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { status } }',
      { i: { ideaId, ...input } },
      hub,
    );
  await transition({
    to: 'ACCEPTED',
    classification: {
      fieldIds: [fieldId],
      maturity: 'TESTED',
      feasibility: 'HIGH',
      applicability: 'WIDE',
      route: 'COUNCIL_REVIEW',
    },
  });
  await apiGql(
    'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }',
    {
      i: {
        ideaId,
        status: 'ESTABLISHED',
        reason: 'Tác giả cam đoan nguồn gốc; không có khiếu nại.',
      },
    },
    hub,
  );
  await apiGql(
    'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
    { id: ideaId },
    hub,
  );
  const [council] = await e2eSql<{ id: string }>('select id from council where name = $1', [
    COUNCIL,
  ]);
  await transition({ to: 'UNDER_REVIEW', councilId: council!.id });
  const [review] = await e2eSql<{ id: string }>(
    `select id from review where idea_id = $1 and status = 'OPEN'`,
    [ideaId],
  );
  const criteria = await e2eSql<{ id: string; scale_max: number }>(
    `select c.id, c.scale_max::float8 as scale_max from rubric_criterion c
       join idea i on i.campaign_id = c.campaign_id where i.id = $1`,
    [ideaId],
  );
  for (const email of MEMBERS) {
    const token = await staffToken(email);
    const r = { r: review!.id };
    await apiGql(
      'mutation ($r: ID!) { declareConflict(reviewId: $r, conflict: false) { id } }',
      r,
      token,
    );
    await apiGql(
      'mutation ($r: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, scores: $s) { id } }',
      { ...r, s: criteria.map((c) => ({ criterionId: c.id, value: c.scale_max })) },
      token,
    );
    await apiGql('mutation ($r: ID!) { submitScores(reviewId: $r) { id } }', r, token);
    await apiGql('mutation ($r: ID!) { castVote(reviewId: $r, choice: FOR) { id } }', r, token);
  }
  await apiGql(
    'mutation ($i: ConclusionInput!) { concludeReview(input: $i) { id } }',
    {
      i: {
        reviewId: review!.id,
        conclusion: 'RECOMMEND_PILOT',
        reasons: 'Hội đồng thống nhất đề xuất thử nghiệm.',
      },
    },
    await staffToken(MEMBERS[0]),
  );
  return ideaId;
}
const HOST = 'Trường Tiểu học Như Thanh';
const SECOND_UNIT = 'Trường THCS Như Thanh';

/** A calendar day in Vietnam, `days` from the API's today, as a date input wants it. */
async function vnDay(days = 0): Promise<string> {
  return vnDayOf(await serverNow(), days);
}

/** Đồng written the Vietnamese way, independently of the app: 360000 → "360.000 đ". */
function dong(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}

async function statusOf(page: Page): Promise<string | null> {
  return page.getByTestId('idea-status').textContent();
}

/** Opens a tab of the idea workspace (Xử lý, Hỗ trợ & thử nghiệm, Khen thưởng…). */
async function openTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Các phần của hồ sơ ý tưởng' })
    .getByRole('link', { name, exact: true })
    .click();
}

describe.skipIf(!browserAvailable)(
  `pilot, adoption, honouring and awards in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let page: Page;
    let ideaUrl = '';
    let author = '';
    const stamp = Date.now();

    beforeAll(async () => {
      browser = await launchBrowser();
      const opened = await newPage(browser);
      page = opened.page;
      await page.setViewportSize({ width: 1280, height: 900 });
      const ideaId = await recommendedIdea();
      const [idea] = await e2eSql(
        `select i.id, i.status, p.full_name
           from idea i
           join authorship a on a.idea_id = i.id and a.role = 'LEAD'
           join person p on p.id = a.person_id
          where i.id = $1`,
        [ideaId],
      );
      expect(idea.status).toBe('RECOMMENDED');
      author = idea.full_name;
      ideaUrl = `${urls.admin}/y-tuong/${idea.id}`;
      await staffLogin(page, DEMO.hub);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('starts a pilot with its budget and an indicator, then records progress', async () => {
      await page.goto(`${ideaUrl}/xu-ly`);
      await page.getByRole('heading', { name: IDEA_TITLE }).waitFor();
      const start = page.getByRole('form', { name: 'Bắt đầu thử nghiệm' });
      await start.getByLabel('Đơn vị chủ trì thử nghiệm').selectOption({ label: HOST });
      await start
        .getByLabel('Phạm vi thử nghiệm')
        .fill('Hai lớp dạy bơi dịp hè cho 120 học sinh lớp 3–5 tại sân trường.');
      await start.getByLabel('Ngày bắt đầu').fill(await vnDay(0));
      await start.getByLabel('Ngày kết thúc').fill(await vnDay(90));
      const line1 = start.getByRole('group', { name: 'Khoản chi 1' });
      await line1.getByLabel('Nội dung chi').fill('Thuê bể bơi di động');
      await line1.getByLabel('Số tiền (đồng)').fill('12.000.000');
      await line1.getByLabel('Nguồn kinh phí').selectOption({ label: 'Xã hội hóa' });
      const line2 = start.getByRole('group', { name: 'Khoản chi 2' });
      await line2.getByLabel('Nội dung chi').fill('Áo phao, dụng cụ');
      await line2.getByLabel('Số tiền (đồng)').fill('3.500.000');
      const indicator = start.getByRole('group', { name: 'Chỉ số 1' });
      await indicator.getByLabel('Tên chỉ số').fill('Số trẻ biết bơi');
      await indicator.getByLabel('Đơn vị tính').fill('em');
      await indicator.getByLabel('Giá trị ban đầu').fill('0');
      await indicator.getByLabel('Mục tiêu').fill('120');
      await start.getByRole('button', { name: 'Bắt đầu thử nghiệm' }).click();
      await expect.poll(() => statusOf(page)).toBe('Đang thử nghiệm');
      await openTab(page, 'Hỗ trợ & thử nghiệm');
      await expect
        .poll(() => page.getByTestId('pilot-budget-total').textContent())
        .toBe('15.500.000 đ');

      const update = page.getByRole('form', { name: 'Ghi cập nhật tiến độ' });
      await update.getByLabel('Nội dung cập nhật').fill('Tuần đầu: 45 em đã bơi được 10 m.');
      await update.getByLabel('Giá trị hiện tại: Số trẻ biết bơi (em)').fill('45');
      await update.getByRole('button', { name: 'Ghi cập nhật' }).click();
      await page
        .getByTestId('pilot-updates')
        .getByText('Tuần đầu: 45 em đã bơi được 10 m.')
        .waitFor();
      const row = page
        .getByTestId('pilot-indicators')
        .getByRole('row', { name: /Số trẻ biết bơi/ });
      await expect.poll(() => row.textContent()).toMatch(/45[\s\S]*120[\s\S]*38%/);
      // The chart says the same to screen readers.
      await page.getByRole('img', { name: /Số trẻ biết bơi.*gần nhất 45 em/ }).waitFor();
    });

    it('files the final report: the host unit applies the idea', async () => {
      const report = page.getByRole('form', { name: 'Báo cáo kết quả thử nghiệm' });
      await report
        .getByLabel('Kết quả thử nghiệm')
        .fill('132 em biết bơi sau hai khóa, vượt mục tiêu; không có sự cố an toàn.');
      await report.getByLabel('Giá trị đạt được: Số trẻ biết bơi (em)').fill('132');
      await report.getByRole('radio', { name: 'Ứng dụng chính thức' }).check();
      await report.getByRole('checkbox', { name: 'Xây dựng nông thôn mới' }).check();
      await report.getByRole('button', { name: 'Báo cáo kết quả' }).click();
      await expect.poll(() => statusOf(page)).toBe('Đã ứng dụng');
      await expect
        .poll(() => page.getByTestId('pilot-recommendation').textContent())
        .toContain('Ứng dụng chính thức');
      await expect.poll(() => page.getByTestId('adoptions').textContent()).toContain(HOST);
    });

    it('records a second unit applying the idea', async () => {
      const record = page.getByRole('form', { name: 'Ghi nhận thêm đơn vị ứng dụng, nhân rộng' });
      await record.getByRole('radio', { name: 'Ứng dụng chính thức' }).check();
      await record.getByLabel('Đơn vị ứng dụng, nhân rộng').selectOption({ label: SECOND_UNIT });
      await record.getByLabel('Ngày bắt đầu áp dụng').fill(await vnDay(0));
      await record
        .getByLabel('Kết quả đo được')
        .fill('Trường THCS mở lớp cho 80 học sinh theo mô hình của trường tiểu học.');
      const m = record.getByRole('group', { name: 'Số liệu 1' });
      await m.getByLabel('Tên chỉ số').fill('Số học sinh biết bơi');
      await m.getByLabel('Đơn vị tính').fill('em');
      await m.getByLabel('Giá trị ban đầu').fill('0');
      await m.getByLabel('Mục tiêu').fill('80');
      await m.getByLabel('Giá trị đạt được').fill('76');
      await record.getByRole('checkbox', { name: 'Xây dựng nông thôn mới' }).check();
      await record.getByRole('button', { name: 'Ghi nhận' }).click();
      await expect.poll(() => page.getByTestId('adoptions').textContent()).toContain(SECOND_UNIT);
      expect(await page.getByTestId('adoptions').textContent()).toContain(
        'Số học sinh biết bơi: 0 → 76',
      );
      expect(await statusOf(page)).toBe('Đã ứng dụng');
    });

    it('honours the idea with a citation', async () => {
      const citation = `Mô hình dạy bơi an toàn, được hai trường áp dụng (${stamp}).`;
      await openTab(page, 'Khen thưởng');
      await page.getByLabel('Lời vinh danh').fill(citation);
      await page.getByRole('button', { name: 'Vinh danh ý tưởng' }).click();
      await expect
        .poll(() => page.getByTestId('honour-status').textContent())
        .toContain('Đang vinh danh');
      expect(await page.getByTestId('honour-citation').textContent()).toBe(citation);
    });

    it('proposes an award for the author citing the idea and decides it with the computed prize', async () => {
      await page.getByRole('link', { name: 'Đề nghị khen thưởng cho tác giả' }).click();
      await page.waitForURL(/\/khen-thuong\?y-tuong=/);
      const propose = page.getByRole('form', { name: 'Lập đề nghị khen thưởng' });
      await expect
        .poll(() => propose.getByLabel('Tên cá nhân, tập thể được đề nghị').inputValue())
        .toBe(author);
      expect(await propose.getByLabel('Tác giả được đề nghị (cá nhân)').inputValue()).not.toBe('');
      await propose.getByLabel('Hình thức khen thưởng').selectOption('COMMUNE_CERTIFICATE');
      const achievement = `Tác giả mô hình dạy bơi được ứng dụng tại hai trường (${stamp}).`;
      await propose.getByLabel('Thành tích').fill(achievement);
      await propose.getByLabel('Lọc danh sách theo tên ý tưởng').fill('lop day boi');
      expect(
        await propose.getByRole('checkbox', { name: new RegExp(IDEA_TITLE) }).isChecked(),
      ).toBe(true);
      await propose.getByRole('checkbox', { name: new RegExp(`Thử nghiệm tại ${HOST}`) }).check();
      await propose.getByRole('button', { name: 'Gửi đề nghị khen thưởng' }).click();

      const card = page.getByTestId('award').filter({ hasText: achievement });
      await card.waitFor();
      expect(await card.getByTestId('award-status').textContent()).toBe('Đã đề nghị');
      expect(await card.textContent()).toContain(IDEA_TITLE);

      // The prize the settings in force on the decision date give, rounded up to 10,000 đồng.
      const day = await vnDay(0);
      const [setting] = await e2eSql(
        `select (select coefficient from award_rate
                  where form = 'COMMUNE_CERTIFICATE' and recipient_kind = 'INDIVIDUAL'
                    and valid_from <= $1::date order by valid_from desc limit 1)::float8 as coefficient,
                (select amount from base_salary where valid_from <= $1::date
                  order by valid_from desc limit 1)::float8 as salary`,
        [day],
      );
      const exact = (Math.round(setting.coefficient * 10_000) * setting.salary) / 10_000;
      const expected = Math.ceil(exact / 10_000) * 10_000;

      await card.getByLabel('Số quyết định').fill(`88/QĐ-UBND-${stamp}`);
      await card.getByLabel('Ngày quyết định').fill(day);
      await card.getByText(`Tiền thưởng dự kiến: ${dong(expected)}`).waitFor();
      await card.getByRole('button', { name: 'Ghi quyết định' }).click();
      await expect
        .poll(() => card.getByTestId('award-status').textContent())
        .toBe('Đã có quyết định');
      expect(await card.getByTestId('award-prize').textContent()).toBe(dong(expected));
      expect(await card.getByTestId('award-basis').textContent()).toContain(
        `× ${dong(setting.salary)} = ${dong(Math.round(exact))}`,
      );
      const [row] = await e2eSql(
        `select status, prize_amount::float8 as prize, person_id is not null as linked
           from award where achievement = $1`,
        [achievement],
      );
      expect(row).toEqual({ status: 'DECIDED', prize: expected, linked: true });
    });

    it('revokes another award and keeps it listed, struck through, with the reason', async () => {
      await page.goto(`${urls.admin}/khen-thuong`);
      const propose = page.getByRole('form', { name: 'Lập đề nghị khen thưởng' });
      await propose.getByRole('radio', { name: 'Tập thể' }).check();
      await propose.getByLabel('Đơn vị được đề nghị (tập thể)').selectOption({ label: HOST });
      await expect
        .poll(() => propose.getByLabel('Tên cá nhân, tập thể được đề nghị').inputValue())
        .toBe(HOST);
      await propose.getByLabel('Hình thức khen thưởng').selectOption('ADVANCED_WORKER');
      const achievement = `Đơn vị chủ trì thử nghiệm mô hình dạy bơi (${stamp}).`;
      await propose.getByLabel('Thành tích').fill(achievement);
      await propose.getByLabel('Lọc danh sách theo tên ý tưởng').fill('day boi');
      await propose.getByRole('checkbox', { name: new RegExp(IDEA_TITLE) }).check();
      await propose.getByRole('button', { name: 'Gửi đề nghị khen thưởng' }).click();

      const card: Locator = page.getByTestId('award').filter({ hasText: achievement });
      await card.waitFor();
      const reason = `Thành tích kê khai trùng với đề nghị khác (${stamp}).`;
      await card.getByText('Thu hồi khen thưởng', { exact: true }).click();
      await card.getByLabel('Lý do thu hồi').fill(reason);
      await card.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
      await expect.poll(() => card.getByTestId('award-status').textContent()).toBe('Đã thu hồi');

      // Still listed among the revoked ones, with its reason, the record struck through.
      await page.goto(`${urls.admin}/khen-thuong?trang-thai=REVOKED`);
      const kept = page.getByTestId('award').filter({ hasText: achievement });
      await kept.waitFor();
      expect(await kept.getAttribute('data-status')).toBe('REVOKED');
      expect(await kept.getByTestId('award-revoke-reason').textContent()).toBe(reason);
      const decoration = await kept
        .locator('.struck')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(decoration).toContain('line-through');
      const [row] = await e2eSql(`select status, revoke_reason from award where achievement = $1`, [
        achievement,
      ]);
      expect(row).toEqual({ status: 'REVOKED', revoke_reason: reason });
    });
  },
);
