import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'api/dist/tenant/tenant.cli.js');
const run = promisify(execFile);

let api: TestApi;
let province: string;
let otherProvince: string;
let admin: string;
let hub: string;

beforeAll(async () => {
  api = await startTestApi();
  [province, otherProvince, admin, hub] = await Promise.all([
    api.login(TEST_STAFF.provinceAdmin),
    api.login(TEST_STAFF.otherProvinceAdmin),
    api.login(TEST_STAFF.admin),
    api.login(TEST_STAFF.hub),
  ]);
});
afterAll(() => api?.close());

const CANDIDATES = `query ($search: String, $first: Int) {
  communeCandidates(search: $search, first: $first) { code name provinceCode created } }`;
const CREATE = `mutation ($code: String!, $admin: FirstAdminInput!) {
  createCommuneTenant(code: $code, firstAdmin: $admin) {
    tenant { id code name province provinceCode level status authorityName chairmanTitle }
    invitedEmail invitationExpiresAt } }`;
const OVERVIEW = `{ provinceOverview { provinceCode provinceName communeTotal communes {
  code name status personalDataShared received answered answeredOnTime responseRate inCouncil piloted honoured } } }`;
const HONOURED = `query ($code: String!) { provinceHonouredIdeas(communeCode: $code) {
  ideaId trackingCode title honouredAt authors } }`;
const GRANT = `mutation ($granted: Boolean!) { setProvinceDataAccess(granted: $granted) { code shareDataWithProvince } }`;

describe('the official list of communes', () => {
  it('lets a province admin search its own province by name without accents, created ones marked', async () => {
    const r = await api.gql<{
      communeCandidates: { code: string; name: string; created: boolean }[];
    }>(CANDIDATES, { search: 'nhu thanh' }, { token: province });
    expect(r.errors).toBeUndefined();
    const hit = r.data!.communeCandidates.find((c) => c.code === '16228');
    expect(hit).toMatchObject({ name: 'Xã Như Thanh', created: true });
    expect(r.data!.communeCandidates.every((c) => c.code !== '00004')).toBe(true);
    const all = await api.gql<{ communeCandidates: { provinceCode: string }[] }>(
      CANDIDATES,
      { first: 500 },
      { token: province },
    );
    expect(all.data!.communeCandidates).toHaveLength(166);
    expect(new Set(all.data!.communeCandidates.map((c) => c.provinceCode))).toEqual(
      new Set(['38']),
    );
  });

  it('refuses everyone but a province admin', async () => {
    for (const token of [admin, hub]) {
      const r = await api.gql(CANDIDATES, {}, { token });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await api.gql(CANDIDATES, {});
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('createCommuneTenant', () => {
  it('creates a commune of the province with the template defaults and none of another commune’s data', async () => {
    // Như Thanh has an idea, a person and a post the new commune must not get.
    const { field } = await catalog(api);
    await submitIdea(api, ideaInput(field('chuyen-doi-so')));
    const r = await api.gql<{
      createCommuneTenant: {
        tenant: Record<string, string>;
        invitedEmail: string;
        invitationExpiresAt: string;
      };
    }>(
      CREATE,
      {
        code: '16222',
        admin: { fullName: 'Phạm Thị Quản Trị', email: 'quantri@thanhquan.example' },
      },
      { token: province },
    );
    expect(r.errors).toBeUndefined();
    const t = r.data!.createCommuneTenant.tenant;
    expect(r.data!.createCommuneTenant.invitedEmail).toBe('quantri@thanhquan.example');
    expect(t).toMatchObject({
      code: '16222',
      name: 'Xã Thanh Quân',
      province: 'Tỉnh Thanh Hoá',
      provinceCode: '38',
      level: 'COMMUNE',
      status: 'ACTIVE',
      authorityName: 'UBND xã Thanh Quân',
      chairmanTitle: 'Chủ tịch UBND xã',
    });
    const count = async (table: string) =>
      Number(
        (
          await api.sql<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [
            t.id,
          ])
        )[0]!.n,
      );
    expect(await count('field')).toBe(11);
    expect(await count('campaign')).toBe(1);
    expect(await count('campaign_phase')).toBe(3);
    expect(await count('rubric_criterion')).toBe(7);
    expect(await count('award_rate')).toBe(4);
    expect(await count('base_salary')).toBe(1);
    expect(await count('public_holiday')).toBeGreaterThan(5);
    expect(await count('privacy_notice')).toBe(1);
    expect(await count('unit')).toBe(1);
    for (const table of ['idea', 'person', 'post', 'council', 'reception_point'])
      expect(await count(table), table).toBe(0);
    // Its first ADMIN is invited (account without password until the link is used), by email.
    const staff = await api.sql<{ email: string; roles: string[]; password_hash: string | null }>(
      'select email, roles, password_hash from staff_user where tenant_id = $1',
      [t.id],
    );
    expect(staff).toEqual([
      { email: 'quantri@thanhquan.example', roles: ['ADMIN'], password_hash: null },
    ]);
    const mail = await api.sql<{ recipient: string; body: string }>(
      'select recipient, body from outbound_message where tenant_id = $1',
      [t.id],
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.recipient).toBe('quantri@thanhquan.example');
    expect(mail[0]!.body).toMatch(/\/moi\/[\w-]+/);
    const [campaign] = await api.sql<{ title: string }>(
      'select title from campaign where tenant_id = $1',
      [t.id],
    );
    expect(campaign!.title).toContain('xã Thanh Quân');
    expect(campaign!.title).not.toContain('Như Thanh');
    const entries = await api.sql<{ action: string; actor_name: string }>(
      'select action, actor_name from audit_entry where tenant_id = $1 order by created_at, action',
      [t.id],
    );
    expect(entries).toContainEqual({ action: 'TENANT_CREATED', actor_name: 'Quản Trị Tỉnh' });
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['ACCOUNT_CREATED', 'INVITATION_SENT']),
    );

    // Its public side answers with its own name and nothing of Như Thanh.
    const pub = await api.gql<{
      currentTenant: { name: string };
      ideas: { totalCount: number };
      fields: unknown[];
    }>(
      '{ currentTenant { name } ideas(first: 5) { totalCount } fields { id } }',
      {},
      { tenant: '16222' },
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.currentTenant.name).toBe('Xã Thanh Quân');
    expect(pub.data!.ideas.totalCount).toBe(0);
    expect(pub.data!.fields).toHaveLength(11);

    const again = await api.gql<{ communeCandidates: { code: string; created: boolean }[] }>(
      CANDIDATES,
      { search: 'thanh quan' },
      { token: province },
    );
    expect(again.data!.communeCandidates.find((c) => c.code === '16222')?.created).toBe(true);
  });

  it('refuses an existing commune, an unknown code, a bad email, and changes nothing', async () => {
    const before = await api.sql('select id from tenant');
    const exists = await api.gql(
      CREATE,
      { code: '16228', admin: { fullName: 'A', email: 'a@x.example' } },
      { token: province },
    );
    expect(exists.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(exists.errors?.[0]?.message).toContain('đã được tạo');
    const unknown = await api.gql(
      CREATE,
      { code: '99999', admin: { fullName: 'A', email: 'a@x.example' } },
      { token: province },
    );
    expect(unknown.errors?.[0]?.extensions?.fieldErrors?.code).toContain('danh mục');
    const bad = await api.gql(
      CREATE,
      { code: '16225', admin: { fullName: '', email: TEST_STAFF.admin } },
      { token: province },
    );
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toMatchObject({
      'firstAdmin.fullName': expect.any(String),
      'firstAdmin.email': 'Email này đã là tài khoản cán bộ.',
    });
    expect(await api.sql('select id from tenant')).toHaveLength(before.length);
  });

  it('refuses a commune of another province, and every role but PROVINCE_ADMIN', async () => {
    const other = await api.gql(
      CREATE,
      { code: '16225', admin: { fullName: 'Người Khác', email: 'khac@x.example' } },
      { token: otherProvince },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const token of [admin, hub]) {
      const r = await api.gql(
        CREATE,
        { code: '16225', admin: { fullName: 'Người Khác', email: 'khac@x.example' } },
        { token },
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await api.gql(CREATE, {
      code: '16225',
      admin: { fullName: 'Người Khác', email: 'khac@x.example' },
    });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.sql("select id from tenant where code = '16225'")).toHaveLength(0);
  });
});

describe('the province overview', () => {
  it('shows the province’s communes side by side with counts only', async () => {
    const { field } = await catalog(api);
    const sub = await submitIdea(api, ideaInput(field('nong-nghiep')));
    await api.sql(
      "update idea set honoured_at = now(), responded_at = received_at + interval '1 hour' where tracking_code = $1",
      [sub.trackingCode],
    );
    const r = await api.gql<{ provinceOverview: any }>(OVERVIEW, {}, { token: province });
    expect(r.errors).toBeUndefined();
    const o = r.data!.provinceOverview;
    expect(o).toMatchObject({
      provinceCode: '38',
      provinceName: 'Tỉnh Thanh Hoá',
      communeTotal: 166,
    });
    const codes = o.communes.map((c: { code: string }) => c.code);
    expect(codes).toContain('16228');
    expect(codes).toContain('16231');
    const nt = o.communes.find((c: { code: string }) => c.code === '16228');
    const [counts] = await api.sql<{ received: string; honoured: string; answered: string }>(
      `select count(*) as received, count(*) filter (where honoured_at is not null) as honoured,
              count(*) filter (where responded_at is not null and status <> 'WITHDRAWN') as answered
         from idea where tenant_id = (select id from tenant where code = '16228')`,
    );
    expect(nt).toMatchObject({
      received: Number(counts!.received),
      honoured: Number(counts!.honoured),
      answered: Number(counts!.answered),
      personalDataShared: false,
    });
    expect(nt.answeredOnTime).toBeGreaterThanOrEqual(1);
    // Nothing personal in the answer: no author name, email or phone anywhere.
    const text = JSON.stringify(o);
    expect(text).not.toContain('Nguyễn Thị Thử');
    expect(text).not.toContain('@example.com');

    const other = await api.gql<{ provinceOverview: { communes: { code: string }[] } }>(
      OVERVIEW,
      {},
      { token: otherProvince },
    );
    expect(other.data!.provinceOverview.communes.map((c) => c.code)).not.toContain('16228');
    for (const token of [admin, hub]) {
      const d = await api.gql(OVERVIEW, {}, { token });
      expect(d.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(OVERVIEW)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens a commune’s honoured ideas with authors only once the commune grants it, each read audited', async () => {
    const refused = await api.gql(HONOURED, { code: '16228' }, { token: province });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Only the commune's ADMIN grants it (the hub may not; nor the province itself).
    expect(
      (await api.gql(GRANT, { granted: true }, { token: hub })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql(GRANT, { granted: true }, { token: province })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql(GRANT, { granted: true })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const granted = await api.gql<{ setProvinceDataAccess: { shareDataWithProvince: boolean } }>(
      GRANT,
      { granted: true },
      { token: admin },
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.setProvinceDataAccess.shareDataWithProvince).toBe(true);
    const [log] = await api.sql<{ n: string }>(
      "select count(*) as n from audit_entry where action = 'PROVINCE_ACCESS_CHANGED' and tenant_id = (select id from tenant where code = '16228')",
    );
    expect(Number(log!.n)).toBe(1);

    const reads = async () =>
      Number(
        (
          await api.sql<{ n: string }>(
            "select count(*) as n from audit_entry where action = 'PERSONAL_DATA_READ' and actor_name like 'Quản Trị Tỉnh%'",
          )
        )[0]!.n,
      );
    const before = await reads();
    const r = await api.gql<{ provinceHonouredIdeas: { authors: string[]; title: string }[] }>(
      HONOURED,
      { code: '16228' },
      { token: province },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.provinceHonouredIdeas.length).toBeGreaterThanOrEqual(1);
    expect(r.data!.provinceHonouredIdeas[0]!.authors).toContain('Nguyễn Thị Thử');
    expect(await reads()).toBe(before + r.data!.provinceHonouredIdeas.length);
    const overview = await api.gql<{
      provinceOverview: { communes: { code: string; personalDataShared: boolean }[] };
    }>(OVERVIEW, {}, { token: province });
    expect(
      overview.data!.provinceOverview.communes.find((c) => c.code === '16228')?.personalDataShared,
    ).toBe(true);

    // Another province never reads it, grant or not.
    const other = await api.gql(HONOURED, { code: '16228' }, { token: otherProvince });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Withdrawn: closed again.
    await api.gql(GRANT, { granted: false }, { token: admin });
    const closed = await api.gql(HONOURED, { code: '16228' }, { token: province });
    expect(closed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('npm run tenant (CLI)', () => {
  const cli = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: api.databaseUrl },
    }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout,
        err: e.stderr,
      }),
    );

  it('creates a commune from the official list, idempotently, with clear errors', async () => {
    const created = await cli(
      'create',
      '16225',
      '--admin',
      'quantri@thuongninh.example',
      '--admin-name',
      'Nguyễn Văn A',
    );
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain('Đã tạo: 16225');
    expect(created.out).toContain('Xã Thượng Ninh');
    expect(created.out).toMatch(/Lời mời quản trị viên .*: http:\/\/\S+\/moi\/\S+/);
    const [invited] = await api.sql<{ roles: string[]; full_name: string }>(
      "select roles, full_name from staff_user where email = 'quantri@thuongninh.example'",
    );
    expect(invited).toEqual({ roles: ['ADMIN'], full_name: 'Nguyễn Văn A' });
    const [t] = await api.sql<{ id: string; province_code: string; level: string }>(
      "select id, province_code, level from tenant where code = '16225'",
    );
    expect(t).toMatchObject({ province_code: '38', level: 'COMMUNE' });
    const [fields] = await api.sql<{ n: string }>(
      'select count(*) as n from field where tenant_id = $1',
      [t!.id],
    );
    expect(Number(fields!.n)).toBe(11);

    const again = await cli('create', '16225');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Đã có từ trước');
    expect(await api.sql("select id from tenant where code = '16225'")).toHaveLength(1);

    const unknown = await cli('create', '99999');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Không có xã/phường mã "99999"');

    const list = await cli('list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/38\s+tỉnh Tỉnh Thanh Hoá/);
    expect(list.out).toContain('16225');

    const badEmail = await cli('create', '14845', '--admin', 'khong-hop-le', '--admin-name', 'B');
    expect(badEmail.code).toBe(1);
    expect(badEmail.err).toContain('Địa chỉ email không hợp lệ');
    expect(await api.sql("select id from tenant where code = '14845'")).toHaveLength(0);

    const province = await cli(
      'create-province',
      '40',
      '--admin',
      'tinh@nghean.example',
      '--admin-name',
      'Quản Trị Nghệ An',
    );
    expect(province.code).toBe(0);
    expect(province.out).toContain('Đã tạo: 40');
    expect(province.out).toContain('/moi/');
    const [pa] = await api.sql<{ roles: string[]; level: string }>(
      `select u.roles, t.level from staff_user u join tenant t on t.id = u.tenant_id
        where u.email = 'tinh@nghean.example'`,
    );
    expect(pa).toEqual({ roles: ['PROVINCE_ADMIN'], level: 'PROVINCE' });

    const usage = await cli('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Cách dùng');
  });

  it('suspends and resumes a commune: a suspended commune answers nothing', async () => {
    expect((await cli('suspend', '16225')).code).toBe(0);
    const r = await api.gql('{ currentTenant { name } }', {}, { tenant: '16225' });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cli('resume', '16225')).code).toBe(0);
  });
});
