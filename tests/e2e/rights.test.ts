import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  skipReason,
  urls,
} from '../helpers/browser.js';
import { apiGql, staffToken, submitIdea } from '../helpers/public.js';

let browser: Browser;

describe.skipIf(!browserAvailable)(
  `authors' rights and personal data in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('lets an author withdraw publication on the tracking page: the idea leaves the gallery and its page is gone', async () => {
      // An idea of this file (demo ideas are shared with other files): submitted with the
      // author's consent, its rights established and published by the hub.
      const email = `rut.cong.khai.${Date.now()}@example.com`;
      const receipt = await submitIdea({
        title: `Tủ sách dùng chung ở nhà văn hóa thôn ${Date.now()}`,
        author: { fullName: 'Vi Thị Rút Lại', email },
        consents: { noticeVersion: 1, processData: true, showName: true, publishContent: true },
      });
      const [created] = await e2eSql<{ id: string }>(
        'select id from idea where tracking_code = $1',
        [receipt.trackingCode],
      );
      const hub = await staffToken(DEMO.hub);
      await apiGql(
        'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }',
        { i: { ideaId: created!.id, status: 'ESTABLISHED', reason: 'Đủ điều kiện công khai.' } },
        hub,
      );
      await apiGql(
        'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
        { id: created!.id },
        hub,
      );
      const idea = { id: created!.id, title: receipt.title, code: receipt.trackingCode, email };
      expect(idea).toBeDefined();
      const { context, page } = await newPage(browser);
      const gallery = `${urls.public}/y-tuong?q=${encodeURIComponent(idea!.title)}`;
      await page.goto(gallery);
      await page.getByRole('link', { name: idea!.title }).waitFor();
      expect((await page.goto(`${urls.public}/y-tuong/${idea!.id}`))!.status()).toBe(200);
      expect(await page.locator('main').textContent()).toContain(
        'Chủ nhiệm cam đoan ý tưởng do tác giả tự đề xuất.',
      );

      await page.goto(`${urls.public}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(idea!.code);
      await page.getByLabel('Email hoặc số điện thoại').fill(idea!.email);
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      const visibility = page.getByTestId('public-visibility');
      await expect
        .poll(() => visibility.textContent())
        .toBe('Ý tưởng đang hiển thị công khai trên trang Ý tưởng.');
      expect(await page.getByTestId('rights-status').textContent()).toBe('Đã xác lập');
      expect(await page.getByTestId('consent-PUBLISH_CONTENT').textContent()).toBe('Đang đồng ý');

      await page
        .getByRole('button', { name: 'Rút lại: Đồng ý công khai nội dung ý tưởng' })
        .click();
      await expect
        .poll(() => page.getByTestId('consent-PUBLISH_CONTENT').textContent())
        .toBe('Chưa đồng ý');
      expect(await visibility.textContent()).toBe('Ý tưởng hiện không hiển thị công khai.');
      expect(await page.locator('#rights [role=status]').textContent()).toContain(
        'Đã rút lại: Đồng ý công khai nội dung ý tưởng. Có hiệu lực ngay.',
      );

      await page.goto(gallery);
      await page.getByRole('heading', { name: 'Ý tưởng đã công khai', level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: idea!.title }).count()).toBe(0);
      expect((await page.goto(`${urls.public}/y-tuong/${idea!.id}`))!.status()).toBe(404);
      const [row] = await e2eSql(
        `select i.published_at, c.withdrawn_at from idea i
           join authorship a on a.idea_id = i.id
           join consent c on c.authorship_id = a.id and c.kind = 'PUBLISH_CONTENT'
          where i.id = $1`,
        [idea!.id],
      );
      expect(row.published_at).toBeNull();
      expect(row.withdrawn_at).not.toBeNull();
      await context.close();
    });

    const stamp = Date.now();
    const title = `Nhà sấy nông sản dùng năng lượng mặt trời ${stamp}`;
    const coAuthorEmail = `dong.tac.gia.${stamp}@example.com`;
    let trackingCode = '';
    let digest = '';

    it('takes an idea with a co-author, an origin declaration and a confidential part without JavaScript', async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}/gui-y-tuong`);
      await page.getByLabel('Tên ý tưởng').fill(title);
      await page
        .getByLabel('Vấn đề, thực trạng cần giải quyết')
        .fill('Nông sản phơi ngoài sân hay bị mưa làm hỏng vào mùa thu hoạch.');
      await page
        .getByLabel('Nội dung giải pháp')
        .fill('Dựng nhà sấy mái kính, quạt thông gió chạy bằng pin mặt trời, dùng chung cả xóm.');
      await page
        .getByLabel('Hiệu quả dự kiến')
        .fill('Giảm hao hụt sau thu hoạch, nông sản sạch bán được giá hơn.');
      await page.getByLabel('Nông nghiệp', { exact: true }).check();
      await page
        .getByLabel('Nội dung cần giữ bí mật')
        .fill('Khe thông gió 12 cm, góc mái 30 độ, quạt đặt phía tây.');
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Lương Văn Sấy');
      await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 777 001');
      await page.getByText('Đồng tác giả (nếu có)').click();
      await page.getByLabel('Họ và tên (đồng tác giả 1)').fill('Hà Thị Quạt');
      await page.getByLabel('Email (đồng tác giả 1)').fill(coAuthorEmail);
      await page.getByLabel('Tỷ lệ đóng góp (%) (đồng tác giả 1)').fill('40');
      // Every consent starts unticked; the declaration of origin is a choice, not a default.
      for (const box of await page.locator('fieldset.consents input[type=checkbox]').all())
        expect(await box.isChecked()).toBe(false);
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.locator('#error-summary').textContent()).toContain(
        'Vui lòng chọn một trong hai cam đoan về nguồn gốc ý tưởng.',
      );
      expect(await page.getByLabel('Họ và tên (đồng tác giả 1)').inputValue()).toBe('Hà Thị Quạt');

      await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
      await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
      await page.getByTestId('tracking-code').waitFor();
      trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
      digest = (await page.locator('.receipt .digest').textContent())!.trim();
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
      const authors = await e2eSql(
        `select a.role, a.share, a.confirmed_at is not null as confirmed, i.origin_own_work, i.confidential
           from authorship a join idea i on i.id = a.idea_id
          where i.tracking_code = $1 order by a.role desc`,
        [trackingCode],
      );
      expect(authors).toEqual([
        expect.objectContaining({
          role: 'LEAD',
          share: 60,
          confirmed: true,
          origin_own_work: true,
        }),
        expect.objectContaining({ role: 'CO_AUTHOR', share: 40, confirmed: false }),
      ]);
      expect(authors[0].confidential).toContain('Khe thông gió');
      await context.close();
    });

    it('confirms the fresh receipt on the verification page, and anyone can recompute the public log', async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${urls.public}/kiem-tra-bien-nhan?ma=${digest.toUpperCase()}`);
      await page
        .getByRole('heading', { name: '✓ Biên nhận có trong sổ và còn nguyên vẹn' })
        .waitFor();
      const [entry] = await e2eSql<{ seq: string }>(
        'select seq from receipt_log where digest = $1',
        [digest],
      );
      expect(await page.getByTestId('receipt-seq').textContent()).toContain(
        `mục ${Number(entry!.seq)} trên tổng số`,
      );
      expect(await page.getByTestId('receipt-intact').textContent()).toBe('Có');
      expect(await page.getByTestId('receipt-linked').textContent()).toBe('Có');

      // The footer leads to the public log; its download verifies with the published formula.
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: 'Sổ biên nhận công khai' })
        .click();
      await page.getByRole('heading', { name: 'Sổ biên nhận công khai', level: 1 }).waitFor();
      const res = await page.request.get(`${urls.public}/so-bien-nhan/tai-ve`);
      expect(res.headers()['content-disposition']).toMatch(/attachment; filename="so-bien-nhan-/);
      const log = (await res.json()) as {
        headSeq: number;
        entries: {
          seq: number;
          kind: string;
          digest: string;
          recordedAt: string;
          prevHash: string;
          entryHash: string;
        }[];
      };
      let prev = '0'.repeat(64);
      log.entries.forEach((e, i) => {
        const line = ['kn-receipt-log-v1', e.seq, e.kind, e.digest, e.recordedAt, e.prevHash];
        expect(e.seq).toBe(i + 1);
        expect(e.prevHash).toBe(prev);
        expect(createHash('sha256').update(line.join('|'), 'utf8').digest('hex')).toBe(e.entryHash);
        prev = e.entryHash;
      });
      expect(log.entries.length).toBe(log.headSeq);
      expect(log.entries.map((e) => e.digest)).toContain(digest);
      await context.close();
    });

    it('lets the co-author confirm through the one-time link, without JavaScript', async () => {
      // The invitation went out through the outbox (the mail edge): read the link from there.
      const [mail] = await e2eSql<{ body: string }>(
        'select body from outbound_message where recipient = $1 order by created_at desc limit 1',
        [coAuthorEmail],
      );
      const link = /\/dong-tac-gia\?ma=[A-Za-z0-9_-]+/.exec(mail!.body)?.[0];
      expect(link).toBeDefined();

      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${urls.public}${link}`);
      expect(await page.locator('main').textContent()).toContain(
        'Lương Văn Sấy đã ghi tên bạn là đồng tác giả',
      );
      expect(await page.locator('main').textContent()).toContain(title);
      expect(await page.getByTestId('invite-share').textContent()).toBe('40 %');
      await page.getByRole('button', { name: 'Xác nhận tôi là đồng tác giả' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.locator('#error-summary').textContent()).toContain(
        'Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân',
      );
      await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
      await page.getByLabel('Đồng ý hiển thị tên tôi khi ý tưởng được công khai.').check();
      await page.getByLabel('Đồng ý công khai nội dung ý tưởng.').check();
      await page.getByRole('button', { name: 'Xác nhận tôi là đồng tác giả' }).click();
      await page.getByRole('heading', { name: 'Đã xác nhận đồng tác giả' }).waitFor();
      expect(await page.locator('main').textContent()).toContain(trackingCode);
      const [co] = await e2eSql(
        `select a.confirmed_at is not null as confirmed,
                array(select c.kind from consent c where c.authorship_id = a.id order by c.kind) as consents
           from authorship a join idea i on i.id = a.idea_id
          where i.tracking_code = $1 and a.role = 'CO_AUTHOR'`,
        [trackingCode],
      );
      expect(co).toEqual({
        confirmed: true,
        consents: ['PROCESS_DATA', 'PUBLISH_CONTENT', 'SHOW_NAME'],
      });

      // The link works once.
      await page.goto(`${urls.public}${link}`);
      await page.getByRole('heading', { name: 'Liên kết không dùng được' }).waitFor();

      // Now credited, the co-author follows the idea with their own email.
      await page.goto(`${urls.public}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(trackingCode);
      await page.getByLabel('Email hoặc số điện thoại').fill(coAuthorEmail);
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await page.getByTestId('tracking-status').waitFor();
      const authors = await page.locator('#rights .authors li').allTextContents();
      expect(authors).toHaveLength(2);
      for (const a of authors) expect(a).toContain('Đã xác nhận');
      expect(authors.find((a) => a.includes('Hà Thị Quạt'))).toContain('(bạn)');
      await context.close();
    });
  },
);
