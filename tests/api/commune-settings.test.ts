import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { uploadImage } from '../helpers/content.js';

let api: TestApi;
let admin: string;
let hub: string;
let editor: string;
let province: string;
let otherAdminless: string;

beforeAll(async () => {
  api = await startTestApi();
  [admin, hub, editor, province, otherAdminless] = await Promise.all([
    api.login(TEST_STAFF.admin),
    api.login(TEST_STAFF.hub),
    api.login(TEST_STAFF.editor),
    api.login(TEST_STAFF.provinceAdmin),
    api.login(TEST_STAFF.otherTenantHub),
  ]);
});
afterAll(() => api?.close());

const UPDATE = `mutation ($input: CommuneSettingsInput!) { updateCommuneSettings(input: $input) {
  code displayName address phone email website authorityName chairmanName chairmanTitle logoMediaId logoUrl } }`;
const CURRENT = `{ currentTenant { code name displayName address phone email website logoUrl chairmanName } }`;
const PUBLISH = `mutation ($input: PrivacyNoticeInput!) { publishPrivacyNotice(input: $input) {
  version title body publishedAt requiresFreshConsent } }`;
const NOTICES = '{ privacyNotices { version title requiresFreshConsent } }';

const SETTINGS = {
  displayName: 'Xã Như Thanh – Khơi Nguồn',
  address: 'Trụ sở UBND xã Như Thanh',
  phone: '0237 3848 123',
  email: 'UBND.NhuThanh@ThanhHoa.gov.vn',
  website: 'https://nhuthanh.thanhhoa.gov.vn',
  authorityName: 'UBND xã Như Thanh',
  chairmanName: 'Lê Văn Hùng',
  chairmanTitle: 'Chủ tịch UBND xã',
};

describe('updateCommuneSettings', () => {
  it('lets the commune ADMIN set the name, emblem, contacts and signer, shown to the public at once and audited', async () => {
    const logo = await uploadImage(api, admin, { width: 400, height: 400, alt: 'Biểu trưng xã' });
    const r = await api.gql<{ updateCommuneSettings: Record<string, string> }>(
      UPDATE,
      { input: { ...SETTINGS, logoMediaId: logo.id } },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCommuneSettings).toMatchObject({
      ...SETTINGS,
      email: 'ubnd.nhuthanh@thanhhoa.gov.vn',
      logoMediaId: logo.id,
    });
    expect(r.data!.updateCommuneSettings.logoUrl).toMatch(new RegExp(`/media/${logo.id}/`));

    // The public side (anonymous, X-Tenant) sees the new values immediately (the cache is dropped).
    const pub = await api.gql<{ currentTenant: Record<string, string> }>(
      CURRENT,
      {},
      {
        tenant: '16228',
      },
    );
    expect(pub.data!.currentTenant).toMatchObject({
      displayName: SETTINGS.displayName,
      phone: SETTINGS.phone,
      website: SETTINGS.website,
      chairmanName: SETTINGS.chairmanName,
    });
    expect(pub.data!.currentTenant.logoUrl).toContain(logo.id);

    const [entry] = await api.sql<{ details: { communeSettings: string[] } }>(
      `select details from audit_entry where action = 'SETTINGS_CHANGED'
          and details ? 'communeSettings' order by created_at desc limit 1`,
    );
    expect(entry!.details.communeSettings).toEqual(
      expect.arrayContaining(['displayName', 'phone', 'logoMediaId', 'chairmanName']),
    );
  });

  it('puts the authority and the chairman’s title on the council’s documents', async () => {
    await api.gql(
      UPDATE,
      {
        input: {
          ...SETTINGS,
          authorityName: 'UBND xã Như Thanh mới',
          chairmanTitle: 'Chủ tịch xã',
        },
      },
      { token: admin },
    );
    // The same frame the minutes and score sheets use.
    const { documentFrame } = await import('../../api/dist/tenant/tenant.service.js');
    const [row] = await api.sql<{ name: string; authority_name: string; chairman_title: string }>(
      "select name, authority_name, chairman_title from tenant where code = '16228'",
    );
    expect(
      documentFrame({
        name: row!.name,
        authorityName: row!.authority_name,
        chairmanTitle: row!.chairman_title,
      } as never),
    ).toMatchObject({
      authority: 'UBND xã Như Thanh mới',
      place: 'Như Thanh',
      chairmanTitle: 'Chủ tịch xã',
    });
    await api.gql(UPDATE, { input: SETTINGS }, { token: admin });
  });

  it('refuses bad values with field errors and writes nothing', async () => {
    const before = await api.sql("select * from tenant where code = '16228'");
    const r = await api.gql(
      UPDATE,
      {
        input: {
          ...SETTINGS,
          email: 'khong-phai-email',
          website: 'nhuthanh.gov.vn',
          phone: 'gọi tôi',
          logoMediaId: '00000000-0000-4000-8000-000000000000',
        },
      },
      { token: admin },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'email',
      'logoMediaId',
      'phone',
      'website',
    ]);
    expect(await api.sql("select * from tenant where code = '16228'")).toEqual(before);
  });

  it('is refused to every role but the commune ADMIN', async () => {
    for (const token of [hub, editor, province, otherAdminless]) {
      const r = await api.gql(UPDATE, { input: { displayName: 'Tên khác' } }, { token });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await api.gql(UPDATE, { input: { displayName: 'Tên khác' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [t] = await api.sql<{ display_name: string }>(
      "select display_name from tenant where code = '16228'",
    );
    expect(t!.display_name).toBe(SETTINGS.displayName);
  });

  it('keeps each commune’s settings to itself', async () => {
    const other = await api.gql<{ currentTenant: Record<string, string | null> }>(
      CURRENT,
      {},
      {
        tenant: '16231',
      },
    );
    expect(other.data!.currentTenant).toMatchObject({
      code: '16231',
      displayName: null,
      phone: null,
      logoUrl: null,
    });
  });
});

const TO_RENEW = '{ consentsToRenew { ideaId trackingCode title authorName noticeVersion } }';

describe('publishPrivacyNotice', () => {
  it('publishes a new version that the form shows and consents record', async () => {
    // An author who agreed under version 1, before the notice changes.
    const { field: fieldOf } = await catalog(api);
    const earlier = await submitIdea(
      api,
      ideaInput(fieldOf('giao-duc'), {
        author: { fullName: 'Trần Văn Cũ', email: 'tran.van.cu@example.com' },
      }),
    );
    const none = await api.gql<{ consentsToRenew: unknown[] }>(TO_RENEW, {}, { token: hub });
    expect(none.data!.consentsToRenew).toEqual([]);

    const r = await api.gql<{ publishPrivacyNotice: Record<string, unknown> }>(
      PUBLISH,
      {
        input: {
          title: 'Thông báo xử lý dữ liệu cá nhân (sửa đổi)',
          body: 'Nội dung sửa đổi: thêm mục đích thống kê cấp tỉnh.\n\nCác quyền của tác giả giữ nguyên.',
          requiresFreshConsent: true,
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.publishPrivacyNotice).toMatchObject({ version: 2, requiresFreshConsent: true });

    const shown = await api.gql<{ privacyNotice: { version: number; title: string } }>(
      '{ privacyNotice { version title } }',
    );
    expect(shown.data!.privacyNotice).toEqual({
      version: 2,
      title: 'Thông báo xử lý dữ liệu cá nhân (sửa đổi)',
    });
    // Another commune still has its own version 1.
    const other = await api.gql<{ privacyNotice: { version: number } }>(
      '{ privacyNotice { version } }',
      {},
      { tenant: '16231' },
    );
    expect(other.data!.privacyNotice.version).toBe(1);

    const { field } = await catalog(api);
    const sub = await submitIdea(
      api,
      ideaInput(field('y-te'), { consents: { noticeVersion: 2, processData: true } }),
    );
    const consents = await api.sql<{ notice_version: number }>(
      `select c.notice_version from consent c join authorship a on a.id = c.authorship_id
         join idea i on i.id = a.idea_id where i.tracking_code = $1`,
      [sub.trackingCode],
    );
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.notice_version === 2)).toBe(true);

    // Authors who agreed under version 1 are listed to be asked again; the new one is not.
    const renew = await api.gql<{
      consentsToRenew: { trackingCode: string; authorName: string; noticeVersion: number }[];
    }>(TO_RENEW, {}, { token: hub });
    expect(renew.errors).toBeUndefined();
    expect(renew.data!.consentsToRenew).toContainEqual(
      expect.objectContaining({
        trackingCode: earlier.trackingCode,
        authorName: 'Trần Văn Cũ',
        noticeVersion: 1,
      }),
    );
    expect(renew.data!.consentsToRenew.map((c) => c.trackingCode)).not.toContain(sub.trackingCode);
    for (const token of [editor, province]) {
      const r = await api.gql(TO_RENEW, {}, { token });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(TO_RENEW)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const list = await api.gql<{ privacyNotices: { version: number }[] }>(
      NOTICES,
      {},
      {
        token: admin,
      },
    );
    expect(list.data!.privacyNotices.map((n) => n.version)).toEqual([2, 1]);
    const [entry] = await api.sql<{ n: string }>(
      "select count(*) as n from audit_entry where action = 'PRIVACY_NOTICE_PUBLISHED'",
    );
    expect(Number(entry!.n)).toBe(1);
  });

  it('refuses an empty notice and every role but the commune ADMIN', async () => {
    const empty = await api.gql(
      PUBLISH,
      { input: { title: ' ', body: '', requiresFreshConsent: false } },
      { token: admin },
    );
    expect(Object.keys(empty.errors?.[0]?.extensions?.fieldErrors ?? {}).sort()).toEqual([
      'body',
      'title',
    ]);
    for (const token of [hub, editor, province]) {
      const r = await api.gql(
        PUBLISH,
        { input: { title: 'X', body: 'Y', requiresFreshConsent: false } },
        { token },
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(NOTICES, {}, { token })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await api.gql(NOTICES)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [n] = await api.sql<{ n: string }>(
      "select count(*) as n from privacy_notice where tenant_id = (select id from tenant where code = '16228')",
    );
    expect(Number(n!.n)).toBe(2);
  });
});
