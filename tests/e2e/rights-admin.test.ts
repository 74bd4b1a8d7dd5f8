import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** A 1×1 PNG: the scan of a form signed on paper. */
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** dd/mm/yyyy of an instant in Vietnam, written independently of the apps. */
function vnDate(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A GraphQL call to the API, as the public site makes it. */
async function api<T = any>(query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${urls.api.replace(/\/graphql\/?$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': '16228' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

describe.skipIf(!browserAvailable)(
  `authors' rights and data requests in the admin${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now();
    const title = `Bể lọc nước mưa cho nhà văn hóa thôn ${stamp}`;
    const lead = 'Lò Văn Lọc';
    const coAuthor = 'Hà Thị Lắng';
    const leadEmail = `chu.nhiem.loc.${stamp}@example.com`;
    const coEmail = `dong.tac.gia.lang.${stamp}@example.com`;
    let hub: BrowserContext;
    let page: Page;
    let ideaId = '';
    let ideaUrl = '';
    let trackingCode = '';

    const shares = async () =>
      (
        await e2eSql<{ share: number }>(
          `select a.share from authorship a where a.idea_id = $1 order by a.role desc`,
          [ideaId],
        )
      ).map((r) => r.share);

    beforeAll(async () => {
      browser = await launchBrowser();
      // The idea comes in through the public site: a lead (60 %) and a co-author (40 %) who has
      // not confirmed yet, the lead's declaration of origin and a confidential part.
      const submit = await newPage(browser, { javaScriptEnabled: false });
      const p = submit.page;
      await p.goto(`${urls.public}/gui-y-tuong`);
      await p.getByLabel('Tên ý tưởng').fill(title);
      await p
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Nhà văn hóa thôn thiếu nước sạch khi tổ chức sinh hoạt đông người.');
      await p
        .getByLabel('Nội dung giải pháp')
        .fill(
          'Hứng nước mưa từ mái, lọc qua ba lớp cát, sỏi, than hoạt tính rồi trữ trong bể kín.',
        );
      await p
        .getByLabel('Hiệu quả dự kiến')
        .fill('Có nước sạch dùng chung, giảm chi phí mua nước.');
      await p.getByLabel('Môi trường', { exact: true }).check();
      await p.getByLabel('Nội dung cần giữ bí mật').fill('Tỷ lệ phối trộn than hoạt tính 3:1.');
      await p.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(lead);
      await p.getByLabel('Email', { exact: true }).fill(leadEmail);
      await p.getByText('Đồng tác giả (nếu có)').click();
      await p.getByLabel('Họ và tên (đồng tác giả 1)').fill(coAuthor);
      await p.getByLabel('Email (đồng tác giả 1)').fill(coEmail);
      await p.getByLabel('Tỷ lệ đóng góp (%) (đồng tác giả 1)').fill('40');
      await p.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await p.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await p.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await p.getByTestId('tracking-code').waitFor();
      trackingCode = (await p.getByTestId('tracking-code').textContent())!.trim();
      await submit.context.close();
      const [idea] = await e2eSql<{ id: string }>('select id from idea where tracking_code = $1', [
        trackingCode,
      ]);
      ideaId = idea!.id;
      ideaUrl = `${urls.admin}/y-tuong/${ideaId}/tac-gia`;

      const opened = await newPage(browser);
      hub = opened.context;
      page = opened.page;
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('refuses shares that do not add up to 100 % — in the browser, and from the API without JavaScript — then saves them', async () => {
      await page.goto(ideaUrl);
      const panel = page.getByRole('region', { name: 'Tác giả & quyền' });
      await panel.waitFor();
      expect(await panel.getByTestId('rights-status').textContent()).toBe('Chưa rõ');
      expect(await panel.getByTestId('rights-confidential').textContent()).toContain(
        'than hoạt tính 3:1',
      );
      await panel.getByText('Không công bố', { exact: true }).waitFor();
      expect(await panel.getByTestId('rights-origin').textContent()).toContain(
        'do tác giả tự đề xuất',
      );

      const form = page.getByRole('form', { name: 'Điều chỉnh tỷ lệ đóng góp' });
      const total = form.getByTestId('sh-share-total');
      expect(await total.textContent()).toBe('100 %');
      await form.getByLabel(`Tỷ lệ đóng góp của ${lead} (Chủ nhiệm) (%)`).fill('70');
      await form.getByLabel(`Tỷ lệ đóng góp của ${coAuthor} (Đồng tác giả) (%)`).fill('20');
      await expect.poll(() => total.textContent()).toBe('90 %');
      await form.getByLabel('Lý do điều chỉnh tỷ lệ đóng góp').fill('Các tác giả thỏa thuận lại.');
      await form.getByRole('button', { name: 'Lưu tỷ lệ đóng góp' }).click();
      await expect
        .poll(() => form.getByRole('alert').textContent())
        .toContain('Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là 90 %).');
      expect(await shares()).toEqual([60, 40]);

      // Without JavaScript nothing stops the form: the API refuses, and says the same.
      const plain = await browser.newContext({
        storageState: await hub.storageState(),
        javaScriptEnabled: false,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1280, height: 900 },
      });
      const raw = await plain.newPage();
      await raw.goto(ideaUrl);
      const rawForm = raw.getByRole('form', { name: 'Điều chỉnh tỷ lệ đóng góp' });
      await rawForm.getByLabel(`Tỷ lệ đóng góp của ${lead} (Chủ nhiệm) (%)`).fill('70');
      await rawForm.getByLabel(`Tỷ lệ đóng góp của ${coAuthor} (Đồng tác giả) (%)`).fill('20');
      await rawForm.getByLabel('Lý do điều chỉnh tỷ lệ đóng góp').fill('Thử không có JavaScript.');
      await rawForm.getByRole('button', { name: 'Lưu tỷ lệ đóng góp' }).click();
      const refused = raw.getByRole('form', { name: 'Điều chỉnh tỷ lệ đóng góp' });
      await refused.getByText('Dữ liệu chưa hợp lệ, vui lòng kiểm tra lại.').waitFor();
      expect(await refused.locator('#sh-shares-error').textContent()).toContain(
        'Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là 90 %).',
      );
      // What was typed is kept for correcting.
      expect(
        await refused.getByLabel(`Tỷ lệ đóng góp của ${coAuthor} (Đồng tác giả) (%)`).inputValue(),
      ).toBe('20');
      await plain.close();
      expect(await shares()).toEqual([60, 40]);

      await form.getByLabel(`Tỷ lệ đóng góp của ${coAuthor} (Đồng tác giả) (%)`).fill('30');
      await expect.poll(() => total.textContent()).toBe('100 %');
      await form.getByRole('button', { name: 'Lưu tỷ lệ đóng góp' }).click();
      await panel.getByText('Đã lưu tỷ lệ đóng góp mới.').waitFor();
      expect(await shares()).toEqual([70, 30]);
      await expect
        .poll(() => panel.getByTestId('author-share').allTextContents())
        .toEqual(['70 %', '30 %']);
    });

    it('sets the rights status with a reason once the co-author has confirmed in person', async () => {
      const panel = page.getByRole('region', { name: 'Tác giả & quyền' });
      const status = page.getByRole('form', { name: 'Đặt tình trạng quyền tác giả' });
      await status.getByRole('radio', { name: 'Đã xác lập' }).check();
      await status.getByLabel('Lý do, căn cứ').fill('Thử xác lập khi đồng tác giả chưa trả lời.');
      await status.getByRole('button', { name: 'Lưu tình trạng quyền tác giả' }).click();
      await expect
        .poll(() => status.getByRole('alert').textContent())
        .toContain('Còn 1 đồng tác giả chưa xác nhận hoặc từ chối.');
      expect(await panel.getByTestId('rights-status').textContent()).toBe('Chưa rõ');

      // The co-author was invited by email; the link's expiry is shown.
      const [invite] = await e2eSql<{ expires: Date }>(
        `select invitation_expires_at as expires from authorship where idea_id = $1 and role = 'CO_AUTHOR'`,
        [ideaId],
      );
      const card = panel.getByRole('article', { name: new RegExp(coAuthor) });
      expect(await card.getByTestId('author-standing').textContent()).toBe(
        `Đã mời, chờ xác nhận (liên kết hết hạn ${vnDate(invite!.expires)})`,
      );

      // She came to the reception point and signed the confirmation form.
      await card.getByText('Ghi nhận xác nhận hoặc từ chối trực tiếp').click();
      const confirm = card.getByRole('form', { name: `Xác nhận trực tiếp của ${coAuthor}` });
      await confirm.getByRole('radio', { name: 'Xác nhận là đồng tác giả' }).check();
      await confirm
        .getByLabel(/xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng \(bắt buộc/)
        .check();
      await confirm.getByLabel('Đồng ý hiển thị tên tôi công khai').check();
      await confirm.getByLabel('Đồng ý cho thử nghiệm, sử dụng ý tưởng').check();
      await confirm.getByLabel('Bản quét phiếu xác nhận có chữ ký').setInputFiles({
        name: 'phieu-xac-nhan.png',
        mimeType: 'image/png',
        buffer: SCAN,
      });
      await confirm.getByRole('button', { name: 'Ghi nhận trả lời' }).click();
      await panel.getByText('Đã ghi nhận đồng tác giả xác nhận trực tiếp').waitFor();
      await expect
        .poll(() => card.getByTestId('author-standing').textContent())
        .toBe('Đã xác nhận');
      expect(await card.getByTestId('consent-ALLOW_PILOT').textContent()).toContain('Đang đồng ý');
      expect(await card.getByTestId('consent-ALLOW_SCALE').textContent()).toContain('Chưa đồng ý');
      await card.getByText(/Lịch sử đồng ý, rút lại/).click();
      expect(await card.locator('.history').textContent()).toMatch(
        /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — Đồng ý cho thử nghiệm, sử dụng ý tưởng[\s\S]*phiên bản 1 · Tác giả · Ký trên giấy/,
      );

      const reason = `Hai tác giả đã xác nhận, chủ nhiệm đã cam đoan nguồn gốc (${stamp}).`;
      await status.getByRole('radio', { name: 'Đã xác lập' }).check();
      await status.getByLabel('Lý do, căn cứ').fill(reason);
      await status.getByRole('button', { name: 'Lưu tình trạng quyền tác giả' }).click();
      await expect.poll(() => panel.getByTestId('rights-status').textContent()).toBe('Đã xác lập');
      const latest = panel.getByTestId('rights-history').getByRole('row').nth(1);
      expect(await latest.textContent()).toContain('Chưa rõ → Đã xác lập');
      expect(await latest.textContent()).toContain(reason);
      // What the gate still lacks: the lead never agreed to a pilot.
      expect(await panel.getByTestId('rights-check-pilot').textContent()).toContain(
        `Chủ nhiệm ${lead} chưa đồng ý cho thử nghiệm, sử dụng.`,
      );
      const [row] = await e2eSql(
        `select i.rights_status, d.reason from idea i
           join rights_decision d on d.idea_id = i.id
          where i.id = $1 order by d.created_at desc limit 1`,
        [ideaId],
      );
      expect(row).toEqual({ rights_status: 'ESTABLISHED', reason });
    });

    it('resolves a dispute the author raised from the list of disputes, re-establishing the rights', async () => {
      const { trackIdea } = await api<{ trackIdea: { token: string } }>(
        'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
        { c: trackingCode, k: leadEmail },
      );
      const statement = `Một phần thiết kế bể lọc là của hợp tác xã, cần ghi nhận (${stamp}).`;
      await api(
        'mutation ($t: String!, $s: String!) { raiseDisputeAsAuthor(token: $t, statement: $s) { token } }',
        { t: trackIdea.token, s: statement },
      );

      await page.goto(ideaUrl);
      const panel = page.getByRole('region', { name: 'Tác giả & quyền' });
      await expect
        .poll(() => panel.getByTestId('rights-status').textContent())
        .toBe('Có tranh chấp');
      expect(await panel.getByTestId('rights-check-publish').textContent()).toContain(
        'Ý tưởng đang có tranh chấp về quyền tác giả.',
      );

      await page.getByRole('link', { name: 'Tranh chấp quyền tác giả', exact: true }).click();
      await page
        .getByRole('heading', { name: 'Khiếu nại tranh chấp quyền tác giả', level: 1 })
        .waitFor();
      const card = page.getByTestId('dispute').filter({ hasText: statement });
      expect(await card.getByTestId('dispute-status').textContent()).toBe('Đang xem xét');
      expect(await card.getByRole('link', { name: title }).getAttribute('href')).toBe(
        `/y-tuong/${ideaId}/tac-gia#quyen-tac-gia`,
      );
      await card.locator('summary', { hasText: 'Giải quyết khiếu nại' }).click();
      const resolve = card.getByRole('form', { name: `Giải quyết khiếu nại của ${lead}` });
      await resolve.getByRole('radio', { name: 'Không có cơ sở' }).check();
      const answer = `Hợp tác xã xác nhận không tham gia thiết kế (${stamp}).`;
      await resolve.getByLabel('Kết quả giải quyết (gửi người khiếu nại)').fill(answer);
      // The last open dispute of the idea: the hub says what the rights status becomes.
      await resolve
        .getByLabel('Tình trạng quyền tác giả sau khi giải quyết')
        .selectOption({ label: 'Đã xác lập' });
      await resolve.getByRole('button', { name: 'Giải quyết khiếu nại' }).click();
      await page.getByText('Đã giải quyết khiếu nại (không có cơ sở)').waitFor();
      // Resolved, it leaves the open list and shows among the resolved ones with its answer.
      await expect
        .poll(() => page.getByTestId('dispute').filter({ hasText: statement }).count())
        .toBe(0);
      await page.goto(`${urls.admin}/tranh-chap?trang-thai=RESOLVED`);
      const closed = page.getByTestId('dispute').filter({ hasText: statement });
      expect(await closed.getByTestId('dispute-status').textContent()).toBe('Không có cơ sở');
      expect(await closed.textContent()).toContain(answer);
      const [row] = await e2eSql(
        `select i.rights_status, d.status from idea i join dispute d on d.idea_id = i.id where i.id = $1`,
        [ideaId],
      );
      expect(row).toEqual({ rights_status: 'ESTABLISHED', status: 'DISMISSED' });
    });

    it('shows a data request filed on the public tracking page in the queue, completes it and hands over the file', async () => {
      const author = await newPage(browser);
      const t = author.page;
      await t.goto(`${urls.public}/tra-cuu`);
      await t.getByLabel('Mã tra cứu').fill(trackingCode);
      await t.getByLabel('Email hoặc số điện thoại').fill(leadEmail);
      await t.getByRole('button', { name: 'Tra cứu' }).click();
      await t.getByText('Xuất dữ liệu thành tệp', { exact: true }).click();
      await t.locator('#req-EXPORT-details').fill('Tôi muốn lưu một bản dữ liệu của mình.');
      await t.getByRole('button', { name: 'Gửi yêu cầu: Xuất dữ liệu thành tệp' }).click();
      await t.getByText('Đã gửi yêu cầu "Xuất dữ liệu thành tệp"', { exact: false }).waitFor();
      await author.context.close();
      const [filed] = await e2eSql<{ id: string; due: Date }>(
        `select r.id, r.due_at as due from data_request r where r.idea_id = $1 and r.kind = 'EXPORT'`,
        [ideaId],
      );

      await page.getByRole('link', { name: 'Yêu cầu về dữ liệu cá nhân', exact: true }).click();
      await page.getByRole('heading', { name: 'Yêu cầu về dữ liệu cá nhân', level: 1 }).waitFor();
      const item = page
        .getByTestId('data-request')
        .filter({ hasText: trackingCode })
        .filter({ hasText: 'Xuất dữ liệu thành tệp' });
      await item.waitFor();
      expect(await item.getByTestId('request-status').textContent()).toBe('Đang xử lý');
      expect(await item.getByTestId('request-overdue').count()).toBe(0);
      // Due at the end of the second working day: still ahead, counted in working days.
      expect((await item.getByTestId('request-due').textContent())!.trim()).toMatch(
        new RegExp(`^${vnDate(filed!.due)} — (Còn [12] ngày làm việc|Hạn hôm nay)$`),
      );
      expect(await item.textContent()).toContain(lead);

      await item.getByRole('button', { name: 'Thực hiện yêu cầu' }).click();
      await page
        .getByText('Đã thực hiện yêu cầu "Xuất dữ liệu thành tệp"; kết quả đã được gửi')
        .waitFor();
      const link = page.getByRole('link', {
        name: 'Tải tệp dữ liệu (JSON) để trao cho người yêu cầu',
      });
      const res = await page.request.get(`${urls.admin}${await link.getAttribute('href')}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-disposition']).toBe(
        `attachment; filename="du-lieu-ca-nhan-${trackingCode}-${vnDayOf(await serverNow())}.json"`,
      );
      const file = (await res.json()) as { person: { fullName: string; email: string } };
      expect(file.person).toMatchObject({ fullName: lead, email: leadEmail });

      await page.getByLabel('Trạng thái').selectOption({ label: 'Đã thực hiện' });
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      const doneItem = page.getByTestId('data-request').filter({ hasText: trackingCode });
      await expect
        .poll(() => doneItem.getByTestId('request-status').textContent())
        .toBe('Đã thực hiện');
      const [row] = await e2eSql(`select status from data_request where id = $1`, [filed!.id]);
      expect(row.status).toBe('DONE');
    });

    it('files an erasure for someone at the reception point, asks before erasing, and refuses it with a reason', async () => {
      await page.goto(`${urls.admin}/yeu-cau-du-lieu`);
      await page.getByLabel('Mã tra cứu của ý tưởng').fill(trackingCode);
      await page.getByRole('button', { name: 'Tìm' }).click();
      const file = page.getByRole('form', { name: 'Ghi nhận yêu cầu' });
      await file.getByRole('radio', { name: `${coAuthor} (Đồng tác giả)` }).check();
      await file.getByRole('radio', { name: 'Xóa, ẩn danh dữ liệu cá nhân' }).check();
      await file.getByLabel('Nội dung, lý do yêu cầu').fill('Tôi không muốn lưu thông tin nữa.');
      await file.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
      await page
        .getByText(`Đã ghi nhận yêu cầu "Xóa, ẩn danh dữ liệu cá nhân" của ${coAuthor}; hạn xử lý`)
        .waitFor();

      await page.goto(`${urls.admin}/yeu-cau-du-lieu`);
      const item = page
        .getByTestId('data-request')
        .filter({ hasText: trackingCode })
        .filter({ hasText: 'Xóa, ẩn danh dữ liệu cá nhân' });
      await item.getByRole('button', { name: 'Xóa, ẩn danh dữ liệu…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xóa vĩnh viễn dữ liệu cá nhân?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Không thể hoàn tác.');
      await dialog.getByRole('link', { name: 'Hủy' }).click();
      await dialog.waitFor({ state: 'detached' });
      const [kept] = await e2eSql(
        `select r.status, p.anonymised_at from data_request r join person p on p.id = r.person_id
          where r.idea_id = $1 and r.kind = 'ERASE'`,
        [ideaId],
      );
      expect(kept).toEqual({ status: 'RECEIVED', anonymised_at: null });

      // Without JavaScript the confirmation is a step of its own.
      const plain = await browser.newContext({
        storageState: await hub.storageState(),
        javaScriptEnabled: false,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const raw = await plain.newPage();
      await raw.goto(`${urls.admin}/yeu-cau-du-lieu`);
      await raw
        .getByTestId('data-request')
        .filter({ hasText: trackingCode })
        .filter({ hasText: 'Xóa, ẩn danh dữ liệu cá nhân' })
        .getByRole('button', { name: 'Xóa, ẩn danh dữ liệu…' })
        .click();
      const step = raw.getByRole('dialog', { name: 'Xóa vĩnh viễn dữ liệu cá nhân?' });
      await step.getByRole('button', { name: 'Xóa vĩnh viễn' }).waitFor();
      expect(await step.textContent()).toContain(coAuthor);
      await plain.close();
      const [still] = await e2eSql(
        `select status from data_request where idea_id = $1 and kind = 'ERASE'`,
        [ideaId],
      );
      expect(still!.status).toBe('RECEIVED');

      const why = `Hồ sơ đang có khiếu nại cần lưu giữ chứng cứ (${stamp}).`;
      await item.locator('summary', { hasText: 'Từ chối yêu cầu' }).click();
      const refuse = item.getByRole('form', { name: `Từ chối yêu cầu của ${coAuthor}` });
      await refuse.getByLabel('Lý do từ chối và căn cứ pháp lý').fill(why);
      await refuse.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
      await page.getByText('Đã từ chối yêu cầu; lý do đã được gửi cho người yêu cầu.').waitFor();
      const [row] = await e2eSql(
        `select status, outcome from data_request where idea_id = $1 and kind = 'ERASE'`,
        [ideaId],
      );
      expect(row).toEqual({ status: 'REFUSED', outcome: why });
    });

    it('keeps the public holidays the timer skips', async () => {
      await page.goto(`${urls.admin}/thiet-lap/ngay-nghi?nam=2031`);
      await page.getByRole('heading', { name: 'Ngày nghỉ lễ, Tết năm 2031' }).waitFor();
      const add = page.getByRole('form', { name: 'Thêm ngày nghỉ' });
      await add.getByLabel('Ngày nghỉ', { exact: true }).fill('2031-09-02');
      await add.getByLabel('Tên ngày nghỉ').fill('Quốc khánh');
      await add.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
      const table = page.getByTestId('holidays');
      await expect
        .poll(() => table.getByRole('row').nth(1).textContent())
        .toMatch(/02\/09\/2031\s*Thứ Ba\s*Quốc khánh/);
      await table.getByRole('button', { name: 'Bỏ ngày nghỉ 02/09/2031 (Quốc khánh)' }).click();
      await expect.poll(() => table.textContent()).toContain('Chưa có ngày nghỉ nào của năm 2031.');
    });

    it('shows reception officers only what they may do', async () => {
      const officer = await newPage(browser);
      const o = officer.page;
      await o.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(o, DEMO.officerDongLac);
      const nav = o.getByRole('navigation', { name: 'Điều hướng quản trị' });
      await nav.getByRole('link', { name: 'Yêu cầu về dữ liệu cá nhân' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Tranh chấp quyền tác giả' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Ngày nghỉ lễ' }).count()).toBe(0);
      await nav.getByRole('link', { name: 'Yêu cầu về dữ liệu cá nhân' }).click();
      await o.getByRole('heading', { name: 'Ghi nhận yêu cầu của người đến trực tiếp' }).waitFor();
      expect(await o.getByTestId('data-request').count()).toBe(0);
      expect((await o.goto(`${urls.admin}/tranh-chap`))!.status()).toBe(403);
      await officer.context.close();
    });
  },
);
