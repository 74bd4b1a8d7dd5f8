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
import { apiGql, staffToken } from '../helpers/public.js';

const ADMIN = 'quantri@nhuthanh.example';
const PROVINCE_ADMIN = 'tinh@thanhhoa.example';
const KEY_FORMAT = /^kn_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/;
const NHU_THANH = '16228';
/**
 * A second commune of the province, for a province key that may not read it: created by this file
 * when missing (another one than province.test.ts's Tam Chung and commune-journey.test.ts's Mường
 * Lý, so that the files may run in any order).
 */
const OTHER_COMMUNE = { code: '16174', name: 'Xã Như Xuân' };

let browser: Browser;

/** A partner's request with the key, as the documentation shows it. */
async function withKey(
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(urls.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => null)) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  return { res, body };
}

/**
 * The commune's ADMIN manages partners' API keys (/thiet-lap/khoa-api): a key is created with its
 * scopes and limit, shown once, works against the API at once, is listed with its use after a
 * reload (the key itself gone), and stops working the moment it is revoked.
 */
describe.skipIf(!browserAvailable)(
  `partners' API keys in the admin${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now();
    const name = `Sở Khoa học và Công nghệ – bảng số liệu ${stamp}`;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('is neither linked nor opened for staff who do not manage the commune', async () => {
      const { context, page } = await newPage(browser);
      try {
        await staffLogin(page, DEMO.hub);
        expect(await page.getByRole('link', { name: 'Khóa API' }).count()).toBe(0);
        const res = await page.goto(`${urls.admin}/thiet-lap/khoa-api`);
        expect(res?.status()).toBe(403);
        expect(await page.locator('body').innerText()).toContain(
          'Chỉ quản trị viên của xã hoặc của tỉnh được quản lý khóa API.',
        );
      } finally {
        await context.close();
      }
    });

    it('creates a key shown once, which works at once and stops working when revoked', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, ADMIN);
        await page.getByRole('link', { name: 'Khóa API' }).click();
        await page.waitForURL(/\/thiet-lap\/khoa-api$/);
        expect(await page.locator('h1').first().innerText()).toBe('Khóa API cho đối tác');
        expect(await page.getByLabel('Số yêu cầu tối đa mỗi phút').inputValue()).toBe('600');
        // A commune's key is for the whole commune unless a unit is chosen.
        const unit = page.getByLabel('Chỉ dùng cho thôn/đơn vị');
        expect(await unit.inputValue()).toBe('');
        expect(await unit.locator('option:checked').innerText()).toBe('Cả xã');
        expect(await page.getByText('Không chọn xã nào').count()).toBe(0);

        // No scope ticked: refused next to the scopes, the name kept, no key made.
        await page.getByLabel('Tên khóa').fill(name);
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        const scopesError = page.locator('#key-scopes-error');
        await expect
          .poll(() => scopesError.textContent())
          .toBe('Vui lòng chọn ít nhất một quyền cho khóa.');
        expect(await page.getByLabel('Tên khóa').inputValue()).toBe(name);
        expect(await page.getByTestId('new-key').count()).toBe(0);

        // Two scopes and a limit of its own.
        await page.getByLabel('Đọc dữ liệu công khai').check();
        await page.getByLabel('Số liệu thống kê').check();
        await page.getByLabel('Số yêu cầu tối đa mỗi phút').fill('120');
        // Valid to the end of a day a month ahead (in Vietnam), listed as that day.
        const lastDay = vnDayOf(await serverNow(), 30);
        await page.getByLabel(/^Dùng được đến hết ngày/).fill(lastDay);
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        const box = page.getByTestId('new-key');
        await box.waitFor();
        const key = await page.getByTestId('new-key-value').inputValue();
        expect(key).toMatch(KEY_FORMAT);
        const prefix = key.slice(3, 13);
        const boxText = await box.innerText();
        expect(boxText).toContain('Khóa chỉ hiện một lần');
        const example = await page.getByTestId('new-key-example').innerText();
        expect(example).toContain(`-H "X-Api-Key: ${key}"`);
        expect(example).toContain('{ ideas(first: 5) { nodes { title } } }');
        expect(example).toContain(urls.api);
        await expect.poll(() => page.locator('#key-scopes-error').count()).toBe(0);
        // The form is ready for the next key.
        expect(await page.getByLabel('Tên khóa').inputValue()).toBe('');
        expect(await page.getByLabel('Số yêu cầu tối đa mỗi phút').inputValue()).toBe('600');
        // Neither the address nor a cookie holds the key.
        expect(page.url()).not.toContain(key);
        expect(page.url()).not.toContain(prefix);
        for (const c of await context.cookies()) expect(c.value).not.toContain(key);

        // The partner uses it at once: public reads and statistics, with its limit announced.
        const ideas = await withKey(key, '{ ideas(first: 5) { nodes { title } } }');
        expect(ideas.res.status).toBe(200);
        expect(ideas.body?.errors).toBeUndefined();
        expect(Array.isArray((ideas.body?.data?.ideas as { nodes: unknown[] }).nodes)).toBe(true);
        expect(ideas.res.headers.get('ratelimit-limit')).toBe('120');
        const counters = await withKey(key, '{ ideaCounters { received } }');
        expect(counters.body?.errors).toBeUndefined();
        expect(typeof (counters.body?.data?.ideaCounters as { received: number }).received).toBe(
          'number',
        );

        // After a reload the key is gone for good; its row stays, with its use counted.
        const row = page.getByTestId(`api-key-${prefix}`);
        await expect
          .poll(
            async () => {
              await page.reload();
              return Number((await row.getByTestId('use-count').innerText()).replace(/\D/g, ''));
            },
            { timeout: 15_000 },
          )
          .toBeGreaterThanOrEqual(1);
        expect(await page.getByTestId('new-key').count()).toBe(0);
        expect(await page.content()).not.toContain(key);
        const rowText = await row.innerText();
        expect(rowText).toContain(name);
        expect(rowText).toContain(`kn_${prefix}_…`);
        expect(rowText).toContain('Đọc dữ liệu công khai');
        expect(rowText).toContain('Số liệu thống kê');
        expect(rowText).not.toContain('Gửi ý tưởng');
        expect(rowText).toContain('120');
        expect(rowText).toContain('Đang dùng');
        expect(await row.getByTestId('reach').innerText()).toBe('Cả xã');
        expect(await row.getByTestId('expires').innerText()).toBe(
          lastDay.split('-').reverse().join('/'),
        );
        expect(await row.getByTestId('last-used').innerText()).toMatch(
          /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
        );

        // Revoking asks first, then takes effect at once.
        await row.getByRole('button', { name: `Thu hồi khóa ${name}` }).click();
        const confirm = page.getByTestId('revoke-confirm');
        await confirm.waitFor();
        expect(await confirm.innerText()).toContain(`kn_${prefix}_…`);
        expect((await withKey(key, '{ ideaCounters { received } }')).res.status).toBe(200);
        await confirm.getByRole('button', { name: 'Thu hồi khóa', exact: true }).click();
        await page.getByText(`Đã thu hồi khóa "${name}"`).waitFor();
        await expect.poll(() => row.innerText()).toContain('Đã thu hồi');
        expect(await row.getByRole('button').count()).toBe(0);

        const refused = await withKey(key, '{ ideas(first: 5) { nodes { title } } }');
        expect(refused.res.status).toBe(401);
        expect(refused.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        await context.close();
      }
    });

    it('creates a key for one unit only: it lists and opens that unit’s ideas alone', async () => {
      const units = await e2eSql<{ id: string; code: string }>(
        `select u.id, u.code from unit u join tenant t on t.id = u.tenant_id
          where t.code = $1 and u.code in ('thon-dong-lac', 'thon-xuan-loc')`,
        [NHU_THANH],
      );
      const dongLac = units.find((u) => u.code === 'thon-dong-lac')!.id;
      const xuanLoc = units.find((u) => u.code === 'thon-xuan-loc')!.id;
      const kiosk = `Ki-ốt nhà văn hóa thôn Đồng Lạc ${stamp}`;
      const { context, page } = await newPage(browser);
      let key: string;
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, ADMIN);
        await page.goto(`${urls.admin}/thiet-lap/khoa-api`);
        const unit = page.getByLabel('Chỉ dùng cho thôn/đơn vị');
        await page.getByLabel('Tên khóa').fill(kiosk);
        await unit.selectOption({ label: 'Thôn Đồng Lạc' });

        // Refused (no scope): the unit chosen is kept with the name.
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        await page.locator('#key-scopes-error').waitFor();
        expect(await unit.inputValue()).toBe(dongLac);
        expect(await page.getByLabel('Tên khóa').inputValue()).toBe(kiosk);

        await page.getByLabel('Đọc dữ liệu công khai').check();
        await page.getByLabel('Gửi ý tưởng').check();
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        await page.getByTestId('new-key').waitFor();
        key = await page.getByTestId('new-key-value').inputValue();
        expect(key).toMatch(KEY_FORMAT);
        // A commune's key names no commune in its example.
        expect(await page.getByTestId('new-key-example').innerText()).not.toContain('X-Tenant');
        expect(await page.getByTestId('new-key-tenant').count()).toBe(0);
        // The form is back to the whole commune for the next key.
        expect(await unit.inputValue()).toBe('');

        // Listed with the unit as its scope.
        const row = page.getByTestId(`api-key-${key.slice(3, 13)}`);
        expect(await row.getByTestId('reach').innerText()).toBe('Thôn Đồng Lạc');
        await page.reload();
        expect(await row.getByTestId('reach').innerText()).toBe('Thôn Đồng Lạc');
      } finally {
        await context.close();
      }

      // What the public sees of the commune: ideas of many units, Đồng Lạc's among them.
      const list = '{ ideas(first: 100) { nodes { id unit { id name } } } }';
      type Nodes = {
        ideas: { nodes: { id: string; unit: { id: string; name: string } | null }[] };
      };
      const everyone = (await apiGql<Nodes>(list)).ideas.nodes;
      const ofDongLac = everyone.filter((i) => i.unit?.id === dongLac);
      expect(everyone.some((i) => i.unit?.id !== dongLac)).toBe(true);

      // The key lists the unit's ideas alone — the same the public finds when it filters by it.
      const listed = await withKey(key, list);
      expect(listed.res.status).toBe(200);
      expect(listed.body?.errors).toBeUndefined();
      const nodes = (listed.body!.data as Nodes).ideas.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((i) => i.unit?.id === dongLac && i.unit.name === 'Thôn Đồng Lạc')).toBe(
        true,
      );
      expect(nodes.map((i) => i.id).sort()).toEqual(ofDongLac.map((i) => i.id).sort());
      const same = await withKey(
        key,
        'query ($u: ID) { ideas(where: { unitId: $u }) { totalCount } }',
        { u: dongLac },
      );
      expect(same.body?.errors).toBeUndefined();

      // Another unit's ideas: refused when asked for, not opened either.
      const other = await withKey(
        key,
        'query ($u: ID) { ideas(where: { unitId: $u }) { totalCount } }',
        { u: xuanLoc },
      );
      expect(other.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(other.body?.data ?? null).toBeNull();
      const elsewhere = everyone.find((i) => i.unit?.id !== dongLac)!;
      const open = 'query ($id: ID!) { idea(id: $id) { id } }';
      expect((await withKey(key, open, { id: elsewhere.id })).body?.data?.idea).toBeNull();
      const own = (await withKey(key, open, { id: nodes[0]!.id })).body?.data?.idea as {
        id: string;
      };
      expect(own.id).toBe(nodes[0]!.id);
    });

    it('lets the province admin create a key for chosen communes, named in X-Tenant', async () => {
      // The province's second commune, created (once) as the province admin does on /thiet-lap/cac-xa.
      const [exists] = await e2eSql('select id from tenant where code = $1', [OTHER_COMMUNE.code]);
      if (!exists) {
        await apiGql(
          `mutation ($code: String!, $admin: FirstAdminInput!) {
            createCommuneTenant(code: $code, firstAdmin: $admin) { tenant { code } }
          }`,
          {
            code: OTHER_COMMUNE.code,
            admin: { fullName: 'Lê Thị Xuân', email: `quantri.${stamp}@nhuxuan.example` },
          },
          await staffToken(PROVINCE_ADMIN),
        );
      }
      const partner = `Sở Khoa học và Công nghệ Thanh Hóa – Như Thanh ${stamp}`;
      const wide = `Cổng dữ liệu tỉnh Thanh Hóa ${stamp}`;
      const nhuThanh = new RegExp(`^Xã Như Thanh \\(${NHU_THANH}\\)$`);
      const { context, page } = await newPage(browser);
      let key: string;
      let wideKey: string;
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, PROVINCE_ADMIN, undefined, /\/thiet-lap\/cac-xa/);
        await page.getByRole('link', { name: 'Khóa API' }).click();
        await page.waitForURL(/\/thiet-lap\/khoa-api$/);
        expect(await page.locator('h1').first().innerText()).toBe('Khóa API cho đối tác');
        // Communes to choose instead of a unit; none chosen is every commune of the province.
        expect(await page.getByLabel('Chỉ dùng cho thôn/đơn vị').count()).toBe(0);
        await page.getByText('Không chọn xã nào: dùng được cho mọi xã của tỉnh').waitFor();
        const other = page.getByRole('checkbox', {
          name: `${OTHER_COMMUNE.name} (${OTHER_COMMUNE.code})`,
        });
        expect(await other.isChecked()).toBe(false);

        // Refused (no scope): the commune chosen stays chosen.
        await page.getByLabel('Tên khóa').fill(partner);
        await page.getByRole('checkbox', { name: nhuThanh }).check();
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        await page.locator('#key-scopes-error').waitFor();
        expect(await page.getByRole('checkbox', { name: nhuThanh }).isChecked()).toBe(true);
        expect(await other.isChecked()).toBe(false);

        await page.getByLabel('Số liệu thống kê').check();
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        await page.getByTestId('new-key').waitFor();
        key = await page.getByTestId('new-key-value').inputValue();
        expect(key).toMatch(KEY_FORMAT);
        // The example names the commune, and the text says a province key must.
        const example = await page.getByTestId('new-key-example').innerText();
        expect(example).toContain(`-H "X-Tenant: ${NHU_THANH}"`);
        expect(example).toContain('{ ideaCounters { received answered } }');
        expect(await page.getByTestId('new-key-tenant').innerText()).toContain(
          'Khóa cấp tỉnh phải ghi mã xã cần đọc trong tiêu đề X-Tenant',
        );
        expect(await page.getByRole('checkbox', { name: nhuThanh }).isChecked()).toBe(false);
        const row = page.getByTestId(`api-key-${key.slice(3, 13)}`);
        expect(await row.getByTestId('reach').innerText()).toBe(`Xã Như Thanh (${NHU_THANH})`);

        // A key for every commune of the province: its example names one of them.
        await page.getByLabel('Tên khóa').fill(wide);
        await page.getByLabel('Số liệu thống kê').check();
        await page.getByRole('button', { name: 'Tạo khóa', exact: true }).click();
        await expect
          .poll(() => page.getByTestId('new-key').innerText())
          .toContain(`Khóa mới: ${wide}`);
        wideKey = await page.getByTestId('new-key-value').inputValue();
        expect(await page.getByTestId('new-key-example').innerText()).toMatch(
          /-H "X-Tenant: \d{5}"/,
        );
        await page.reload();
        expect(
          await page
            .getByTestId(`api-key-${wideKey.slice(3, 13)}`)
            .getByTestId('reach')
            .innerText(),
        ).toBe('Mọi xã của tỉnh');
        expect(await row.getByTestId('reach').innerText()).toBe(`Xã Như Thanh (${NHU_THANH})`);
      } finally {
        await context.close();
      }

      const q = '{ ideaCounters { received } }';
      // The chosen commune answers; another commune of the province, or none named, is refused.
      const ok = await withKey(key, q, {}, { 'x-tenant': NHU_THANH });
      expect(ok.res.status).toBe(200);
      expect(ok.body?.errors).toBeUndefined();
      expect(typeof (ok.body?.data?.ideaCounters as { received: number }).received).toBe('number');
      const refused = await withKey(key, q, {}, { 'x-tenant': OTHER_COMMUNE.code });
      expect(refused.res.status).toBe(403);
      expect(refused.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await withKey(key, q)).res.status).toBe(400);
      // The key for every commune reads both.
      for (const code of [NHU_THANH, OTHER_COMMUNE.code]) {
        const each = await withKey(wideKey, q, {}, { 'x-tenant': code });
        expect(each.res.status, code).toBe(200);
        expect(each.body?.errors, code).toBeUndefined();
      }
    });
  },
);
