import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_COMMUNE, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

/**
 * A province admin suspends and resumes a commune of their province through the API (the CLI
 * could already): only they may, never for a province-level tenant nor for another province's
 * commune; a suspended commune's staff are refused and its public data is no longer served.
 */

let api: TestApi;
const tokens: Record<string, string | null> = {};
const CODE = OTHER_COMMUNE.tenant.code; // Xã Thử Nghiệm Khác, province 38

const SUSPEND = `mutation ($code: String!, $reason: String!) {
  suspendCommune(code: $code, reason: $reason) { code status } }`;
const RESUME = `mutation ($code: String!) { resumeCommune(code: $code) { code status } }`;
const OVERVIEW = `{ provinceOverview { communes { code status } } }`;
const PUBLIC = `{ currentTenant { code name } ideas(first: 5) { totalCount } }`;
const REASON = 'Xã đang rà soát lại dữ liệu trước khi sáp nhập địa giới.';

function codeOf(r: { errors?: { extensions?: Record<string, any> }[] }): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  for (const [who, email] of Object.entries({
    province: TEST_STAFF.provinceAdmin,
    otherProvince: TEST_STAFF.otherProvinceAdmin,
    admin: TEST_STAFF.admin,
    hub: TEST_STAFF.hub,
    communeHub: TEST_STAFF.otherTenantHub,
  }))
    tokens[who] = await api.login(email);
  tokens.anonymous = null;
});
afterAll(() => api?.close());

describe('suspendCommune and resumeCommune', () => {
  it('refuse everyone but the province admin of the commune’s province', async () => {
    for (const who of ['admin', 'hub', 'communeHub', 'otherProvince']) {
      const s = await api.gql(SUSPEND, { code: CODE, reason: REASON }, { token: tokens[who] });
      expect(codeOf(s), who).toBe('FORBIDDEN');
      const r = await api.gql(RESUME, { code: CODE }, { token: tokens[who] });
      expect(codeOf(r), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gql(SUSPEND, { code: CODE, reason: REASON }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(RESUME, { code: CODE }))).toBe('UNAUTHENTICATED');
    const [row] = await api.sql('select status from tenant where code = $1', [CODE]);
    expect(row.status).toBe('ACTIVE');
  });

  it('never suspend a province-level tenant, the province admin’s own included', async () => {
    for (const code of ['38', '01']) {
      const r = await api.gql(SUSPEND, { code, reason: REASON }, { token: tokens.province });
      expect(codeOf(r), code).toBe('FORBIDDEN');
      expect(r.errors![0]!.message).toBe(
        'Chỉ tạm ngừng hoặc mở lại được xã, phường; không áp dụng cho cấp tỉnh.',
      );
    }
    const unknown = await api.gql(
      SUSPEND,
      { code: '99999', reason: REASON },
      { token: tokens.province },
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const noReason = await api.gql(
      SUSPEND,
      { code: CODE, reason: '  ' },
      { token: tokens.province },
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.extensions!.fieldErrors).toEqual({
      reason: 'Vui lòng nhập lý do tạm ngừng.',
    });
    const statuses = await api.sql(
      `select code, status from tenant where code in ('38', '01', $1)`,
      [CODE],
    );
    expect(statuses.every((t) => t.status === 'ACTIVE')).toBe(true);
  });

  it('suspends: the commune’s staff are refused and its public data is not served; resuming restores both', async () => {
    // Served (and cached by the API) before the suspension.
    const before = await api.gql(PUBLIC, {}, { tenant: CODE });
    expect(before.errors).toBeUndefined();
    expect(before.data!.currentTenant.code).toBe(CODE);
    const staffBefore = await api.gql('{ viewer { email } }', {}, { token: tokens.communeHub });
    expect(staffBefore.data!.viewer.email).toBe(TEST_STAFF.otherTenantHub);

    const s = await api.gql(SUSPEND, { code: CODE, reason: REASON }, { token: tokens.province });
    expect(s.errors, JSON.stringify(s.errors)).toBeUndefined();
    expect(s.data!.suspendCommune).toEqual({ code: CODE, status: 'SUSPENDED' });

    const publicNow = await api.gql(PUBLIC, {}, { tenant: CODE });
    expect(codeOf(publicNow)).toBe('FORBIDDEN');
    expect(publicNow.errors![0]!.message).toBe(
      `${OTHER_COMMUNE.tenant.name} đang tạm ngừng sử dụng nền tảng.`,
    );
    expect(publicNow.data ?? null).toBeNull();
    // The public site tells a suspended commune from one it does not serve by `tenant`.
    expect(publicNow.errors![0]!.extensions!.tenant).toBe('SUSPENDED');
    const unknown = await api.gql(PUBLIC, {}, { tenant: '99998' });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', tenant: 'UNKNOWN' });
    const staffNow = await api.gql('{ viewer { email } }', {}, { token: tokens.communeHub });
    expect(codeOf(staffNow)).toBe('FORBIDDEN');
    const login = await api.gql(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: TEST_STAFF.otherTenantHub, p: 'wrong-on-purpose-but-not-checked-first' },
    );
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    await expect(api.login(TEST_STAFF.otherTenantHub)).rejects.toThrow(/tạm ngừng/);

    // Other communes go on; the province still sees it, marked suspended.
    const other = await api.gql('{ viewer { email } }', {}, { token: tokens.hub });
    expect(other.data!.viewer.email).toBe(TEST_STAFF.hub);
    const overview = await api.gql(OVERVIEW, {}, { token: tokens.province });
    expect(overview.data!.provinceOverview.communes).toContainEqual({
      code: CODE,
      status: 'SUSPENDED',
    });
    // Suspending again changes nothing and writes nothing.
    await api.gql(SUSPEND, { code: CODE, reason: REASON }, { token: tokens.province });

    const r = await api.gql(RESUME, { code: CODE }, { token: tokens.province });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.resumeCommune).toEqual({ code: CODE, status: 'ACTIVE' });
    const publicAfter = await api.gql(PUBLIC, {}, { tenant: CODE });
    expect(publicAfter.errors).toBeUndefined();
    expect(publicAfter.data!.currentTenant.code).toBe(CODE);
    const staffAfter = await api.gql('{ viewer { email } }', {}, { token: tokens.communeHub });
    expect(staffAfter.data!.viewer.email).toBe(TEST_STAFF.otherTenantHub);
    expect(await api.login(TEST_STAFF.otherTenantHub)).toBeTruthy();

    const log = await api.sql(
      `select a.actor_name, a.reason, a.details from audit_entry a join tenant t on t.id = a.tenant_id
        where t.code = $1 and a.action = 'TENANT_STATUS_CHANGED' order by a.created_at, a.id`,
      [CODE],
    );
    expect(log).toEqual([
      {
        actor_name: 'Quản Trị Tỉnh (Tỉnh Thanh Hoá)',
        reason: REASON,
        details: { status: 'SUSPENDED' },
      },
      { actor_name: 'Quản Trị Tỉnh (Tỉnh Thanh Hoá)', reason: null, details: { status: 'ACTIVE' } },
    ]);
  });
});
