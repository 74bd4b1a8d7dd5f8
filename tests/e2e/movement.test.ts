import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  e2eSql,
  launchBrowser,
  newPage,
  serverNow,
  skipReason,
  staffLogin,
  urls,
  vnDayOf,
} from '../helpers/browser.js';

let browser: Browser;
const HEAD = 'truongthon.donglac@nhuthanh.example';
const ACTIVITY = 'Họp thôn bàn ý tưởng phòng chống mưa lũ (kiểm thử trình duyệt)';
const UPDATE = 'Tháng này thêm 18 hộ tham gia nhóm Zalo (kiểm thử trình duyệt).';
const REPORT = 'Sau ba tháng, 58 hộ nhận bản tin thời tiết mỗi sáng; đề xuất nhân rộng.';
let pilotIdea = '';

/**
 * The movement's management in the browser (issue #16): the head of Thôn Đồng Lạc records an
 * activity and a pilot update from "My unit"; the hub sets a target for difficult villages (never
 * zero ideas), reads the dashboard and freezes the year's scoreboard. The demo commune is shared:
 * everything this file writes is removed afterwards.
 */
describe.skipIf(!browserAvailable)(
  `the movement's management in the browser${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let year: number;
    const cleanUp = async () => {
      await e2eSql(`delete from movement_activity where title = $1`, [ACTIVITY]);
      await e2eSql(`delete from pilot_update where note = $1`, [UPDATE]);
      await e2eSql(
        `delete from movement_target where unit_kind = 'VILLAGE' and area_type = 'URBAN' and metric = 'ACCEPTED'`,
      );
      await e2eSql(`delete from scoreboard_record`);
      await e2eSql(
        `update pilot set proposed_report = null where proposed_report->>'results' = $1`,
        [REPORT],
      );
    };
    beforeAll(async () => {
      browser = await launchBrowser();
      year = Number(vnDayOf(await serverNow()).slice(0, 4));
      await cleanUp();
    });
    afterAll(async () => {
      await cleanUp();
      await browser?.close();
    });

    it('lets a unit head record an activity and a pilot update for their unit', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, HEAD);
      await page.goto(`${urls.admin}/don-vi-cua-toi`);
      expect(await page.locator('h1').textContent()).toBe('Đơn vị của tôi: Thôn Đồng Lạc');
      // The unit's targets for the year, with the source of each.
      const targets = page.getByTestId('unit-targets');
      await expect.poll(() => targets.textContent()).toContain('Chỉ tiêu riêng của đơn vị');

      const form = page.getByTestId('activity-form');
      await form.getByLabel('Loại hoạt động').selectOption('MEETING');
      await form.getByLabel('Tên hoạt động').fill(ACTIVITY);
      await form.getByLabel('Ngày tổ chức (dd/mm/yyyy)').fill('31/12/2099');
      await form.getByLabel('Số người tham dự').fill('45');
      await form.getByRole('button', { name: 'Ghi hoạt động' }).click();
      await form.getByText('Chỉ ghi hoạt động đã tổ chức (ngày không ở tương lai).').waitFor();
      const today = vnDayOf(await serverNow())
        .split('-')
        .reverse()
        .join('/');
      await form.getByLabel('Ngày tổ chức (dd/mm/yyyy)').fill(today);
      await form.getByRole('button', { name: 'Ghi hoạt động' }).click();
      await page.getByText('Đã ghi hoạt động.').waitFor();
      await expect.poll(() => page.getByTestId('activities').textContent()).toContain(ACTIVITY);
      const [activity] = await e2eSql(
        `select a.audience, u.code from movement_activity a join unit u on u.id = a.unit_id where a.title = $1`,
        [ACTIVITY],
      );
      expect(activity).toEqual({ audience: 45, code: 'thon-dong-lac' });

      // The Farmers' Association pilots its weather alerts in Đồng Lạc: the village reports on it.
      const [pilot] = await e2eSql(
        `select p.idea_id from pilot p join unit u on u.id = p.host_unit_id
          where u.code = 'thon-dong-lac' and p.status = 'RUNNING' limit 1`,
      );
      const card = page.getByTestId(`pilot-${pilot.idea_id}`);
      await card.getByLabel('Nội dung cập nhật').fill(UPDATE);
      await card.getByLabel(/^Đạt được: Số hộ, người được phục vụ/).fill('58');
      await card.getByRole('button', { name: 'Gửi cập nhật' }).click();
      await page.getByText('Đã ghi cập nhật thử nghiệm.').waitFor();
      const [update] = await e2eSql(
        `select pu.values, s.email from pilot_update pu join staff_user s on s.id = pu.author_id where pu.note = $1`,
        [UPDATE],
      );
      expect(update.email).toBe(HEAD);
      expect(update.values[0]).toMatchObject({ name: 'Số hộ, người được phục vụ', actual: 58 });
      // The village proposes the final report; the hub approves it (next test).
      await card.getByText('Đề xuất báo cáo kết quả').click();
      await card.getByLabel('Kết quả thử nghiệm').fill(REPORT);
      await card.getByLabel('Đề xuất').selectOption('SCALE');
      await card.getByRole('button', { name: 'Gửi đề xuất báo cáo' }).click();
      await page.getByText('Đã gửi đề xuất báo cáo, chờ cơ quan đầu mối duyệt.').waitFor();
      pilotIdea = pilot.idea_id;

      // The unit's own scoreboard row only, with its rank among all units.
      await page.goto(`${urls.admin}/phong-trao/bang-diem`);
      const rows = page.getByTestId('scoreboard').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('Thôn Đồng Lạc');
      // Targets are the hub's: the page is refused.
      const refused = await page.goto(`${urls.admin}/phong-trao/chi-tieu`);
      expect(refused?.status()).toBe(403);
      await context.close();
    });

    it('lets the hub set a target, read the dashboard and freeze the year’s scoreboard', async () => {
      const { context, page } = await newPage(browser);
      await page.setViewportSize({ width: 1280, height: 900 });
      await staffLogin(page, DEMO.hub);
      await page.goto(`${urls.admin}/phong-trao/chi-tieu?nam=${year}`);
      const form = page.getByTestId('target-form');
      await form.getByLabel('Áp dụng cho').selectOption('default');
      await form.getByLabel('Loại đơn vị', { exact: true }).selectOption('VILLAGE');
      await form.getByLabel('Loại địa bàn', { exact: true }).selectOption('SPECIAL_DIFFICULTY');
      await form.getByLabel('Chỉ tiêu', { exact: true }).selectOption('RECEIVED');
      await form.getByLabel('Giá trị').fill('0');
      await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await form.getByText(/phải có ít nhất 1 ý tưởng/).waitFor();
      // A target of its own for urban villages: ideas taken to the council.
      await form.getByLabel('Loại địa bàn', { exact: true }).selectOption('URBAN');
      await form.getByLabel('Chỉ tiêu', { exact: true }).selectOption('ACCEPTED');
      await form.getByLabel('Giá trị').fill('2');
      await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await page.getByText('Đã lưu chỉ tiêu.').waitFor();
      await expect.poll(() => page.getByTestId('targets').textContent()).toContain('Thôn · Đô thị');
      const [saved] = await e2eSql(
        `select value from movement_target where unit_kind = 'VILLAGE' and area_type = 'URBAN' and metric = 'ACCEPTED'`,
      );
      expect(saved.value).toBe(2);

      // The village's proposed pilot report waits on the idea's support tab, filled in.
      await page.goto(`${urls.admin}/y-tuong/${pilotIdea}/ho-tro`);
      await expect
        .poll(() => page.locator('[data-testid^="proposed-report-"]').textContent())
        .toContain('Thôn Đồng Lạc đã đề xuất báo cáo kết quả (Hoàng Văn Bình');
      expect(await page.getByLabel(/^Kết quả thử nghiệm/).inputValue()).toBe(REPORT);
      expect(
        await page.getByRole('radio', { name: 'Ứng dụng và đề xuất nhân rộng' }).isChecked(),
      ).toBe(true);

      // The dashboard: KPI cards, a chart with its table, a download of the same table.
      await page.goto(`${urls.admin}/phong-trao?nam=${year}&xem-theo=AREA_TYPE`);
      await page.getByTestId('received-chart').locator('svg').waitFor();
      expect(await page.getByTestId('kpi-table').textContent()).toContain('Nông thôn');
      const csv = await page.request.get(
        `${urls.admin}/phong-trao/tai?bang=kpis&dinh-dang=csv&nam=${year}&xem-theo=AREA_TYPE`,
      );
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('Nông thôn');

      // The scoreboard: ranked units, the formulas next to the figures, then frozen.
      await page.goto(`${urls.admin}/phong-trao/bang-diem?nam=${year}`);
      await expect
        .poll(() => page.getByTestId('scoreboard').locator('tbody tr').count())
        .toBeGreaterThan(10);
      expect(await page.getByTestId('formula-PARTICIPATION').textContent()).toContain(
        'số người đề xuất',
      );
      expect(await page.getByTestId('scoreboard-status').textContent()).toContain(
        'Đang tính theo dữ liệu hiện tại',
      );
      await page.getByTestId('freeze').click();
      await page.getByText(`Đã chốt bảng điểm Năm ${year}.`).waitFor();
      await expect
        .poll(() => page.getByTestId('scoreboard-status').textContent())
        .toContain('Lê Thị Hương');
      const [record] = await e2eSql(`select period_key, frozen_by_name from scoreboard_record`);
      expect(record).toEqual({ period_key: String(year), frozen_by_name: 'Lê Thị Hương' });
      await context.close();
    });
  },
);
