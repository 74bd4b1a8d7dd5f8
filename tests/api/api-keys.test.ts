import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';

/**
 * Partners' API keys: created by the commune's ADMIN and shown once, kept hashed, limited per key
 * per minute in PostgreSQL (RateLimit-* headers, 429 RATE_LIMITED with Retry-After), counted on
 * every use, confined to their scopes and their commune, refused at once when revoked or expired;
 * introspection (off for strangers in production) open to them.
 */
let api: TestApi;
let admin: string;
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name prefix scopes requestsPerMinute expiresAt useCount revokedAt createdByName } }
}`;

async function create(input: Record<string, unknown>, token = admin) {
  return api.gql<{ createApiKey: { key: string; apiKey: Record<string, any> } }>(
    CREATE,
    { input },
    { token },
  );
}

async function withKey(
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false, introspection: false } });
  admin = await api.login(TEST_STAFF.admin);
});
afterAll(() => api?.close());

describe('partner API keys', () => {
  it('are created by the ADMIN alone, shown once and kept hashed', async () => {
    const r = await create({
      name: 'Sở Khoa học và Công nghệ — đọc công khai',
      scopes: ['PUBLIC_READ'],
    });
    expect(r.errors).toBeUndefined();
    const { key, apiKey } = r.data!.createApiKey;
    expect(key).toMatch(/^kn_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`kn_${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({ scopes: ['PUBLIC_READ'], requestsPerMinute: 600, useCount: 0 });
    const [row] = await api.sql('select * from api_key where id = $1', [apiKey.id]);
    expect(row.secret_hash).toBe(createHash('sha256').update(key).digest('hex'));
    const secret = key.slice(`kn_${apiKey.prefix}_`.length); // the secret itself may hold '_'
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
    const list = await api.gql('{ apiKeys { id prefix name } }', {}, { token: admin });
    expect(list.data!.apiKeys.map((k: any) => k.id)).toContain(apiKey.id);
    const [audited] = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'API_KEY_CREATED' and details->>'keyId' = $1`,
      [apiKey.id],
    );
    expect(audited.n).toBe(1);

    const hub = await api.login(TEST_STAFF.hub);
    expect(
      (await create({ name: 'x', scopes: ['PUBLIC_READ'] }, hub)).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql('{ apiKeys { id } }')).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const bad = await create({
      name: ' ',
      scopes: [],
      requestsPerMinute: 0,
      expiresAt: '2026-01-01T00:00:00Z',
    });
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'expiresAt',
      'name',
      'requestsPerMinute',
      'scopes',
    ]);
  });

  it('read as the public, within their limit, counted on every use', async () => {
    const r = await create({
      name: 'Báo Thanh Hóa',
      scopes: ['PUBLIC_READ'],
      requestsPerMinute: 3,
    });
    const { key, apiKey } = r.data!.createApiKey;
    for (let i = 1; i <= 3; i++) {
      const ok = await withKey(key, '{ ideas(first: 5) { totalCount nodes { id trackingCode } } }');
      expect(ok.status).toBe(200);
      expect(ok.body.errors).toBeUndefined();
      expect(ok.headers.get('ratelimit-limit')).toBe('3');
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(3 - i));
      expect(Number(ok.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    }
    const over = await withKey(key, '{ ideas(first: 5) { totalCount } }');
    expect(over.status).toBe(429);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const [row] = await api.sql('select use_count, last_used_at from api_key where id = $1', [
      apiKey.id,
    ]);
    expect(Number(row.use_count)).toBe(3);
    expect(row.last_used_at.toISOString()).toBe(clock.now().toISOString());
  });

  it('run only what their scopes allow, in their own commune', async () => {
    const read = (await create({ name: 'Đọc', scopes: ['PUBLIC_READ'] })).data!.createApiKey.key;
    const stats = (await create({ name: 'Thống kê', scopes: ['STATISTICS'] })).data!.createApiKey
      .key;
    const kiosk = (await create({ name: 'Ki-ốt nhà văn hóa', scopes: ['SUBMIT'] })).data!
      .createApiKey.key;
    const refused = async (key: string, query: string, variables = {}) => {
      const r = await withKey(key, query, variables);
      expect(r.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    };
    await refused(read, '{ transparencyStats { published } }');
    await refused(stats, '{ ideas { totalCount } }');
    await refused(read, 'mutation { logout }');
    await refused(kiosk, '{ posts(first: 1) { totalCount } }');
    expect(
      (await withKey(stats, '{ transparencyStats { published } ideaCounters { received } }')).body
        .errors,
    ).toBeUndefined();
    const fieldId = (await catalog(api)).fields[0]!.id;
    await refused(read, SUBMIT, { input: ideaInput(fieldId) });
    const submitted = await withKey(kiosk, SUBMIT, { input: ideaInput(fieldId) });
    expect(submitted.body.errors).toBeUndefined();
    expect(submitted.body.data.submitIdea.trackingCode).toMatch(/^KN-/);
    const other = await withKey(read, '{ ideas { totalCount } }', {}, { 'x-tenant': '16231' });
    expect(other.status).toBe(403);
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('stop working at once when revoked or expired', async () => {
    const r = await create({
      name: 'Tạm thời',
      scopes: ['PUBLIC_READ'],
      expiresAt: '2026-11-21T02:00:00Z',
    });
    const { key, apiKey } = r.data!.createApiKey;
    expect((await withKey(key, '{ ideas { totalCount } }')).status).toBe(200);
    clock.set('2026-11-21T02:00:01Z');
    const expired = await withKey(key, '{ ideas { totalCount } }');
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0]).toMatchObject({
      message: 'Khóa API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    clock.set('2026-11-20T03:00:00Z');
    const second = (await create({ name: 'Thu hồi', scopes: ['PUBLIC_READ'] })).data!.createApiKey;
    expect((await withKey(second.key, '{ ideas { totalCount } }')).status).toBe(200);
    const revoked = await api.gql(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
      { id: second.apiKey.id },
      { token: admin },
    );
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    expect((await withKey(second.key, '{ ideas { totalCount } }')).status).toBe(401);
    expect((await withKey(`${second.key.slice(0, -1)}x`, '{ ideas { totalCount } }')).status).toBe(
      401,
    );
    expect((await withKey('kn_nothing', '{ ideas { totalCount } }')).status).toBe(401);
    void apiKey;
  });

  it('may introspect where strangers may not (introspection off)', async () => {
    const q = '{ __schema { queryType { name } } }';
    const stranger = await api.gql(q);
    expect(stranger.status).toBe(400);
    expect(stranger.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typed = await api.gql('{ __type(name: "Idea") { name } }');
    expect(typed.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const key = (await create({ name: 'Nhà nghiên cứu', scopes: ['PUBLIC_READ'] })).data!
      .createApiKey.key;
    const partner = await withKey(key, q);
    expect(partner.body.data.__schema.queryType.name).toBe('Query');
    const staff = await api.gql(q, {}, { token: admin });
    expect(staff.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('keys restricted to a unit or, for a province, to some communes', () => {
  async function unitId(code: string, tenant = '16228'): Promise<string> {
    const [row] = await api.sql(
      `select u.id from unit u join tenant t on t.id = u.tenant_id where u.code = $1 and t.code = $2`,
      [code, tenant],
    );
    return row.id;
  }

  /** An idea the public may see, filed with a unit: rights established, then published. */
  async function publicIdeaOf(unit: string, title: string): Promise<string> {
    const fieldId = (await catalog(api)).fields[0]!.id;
    const hub = await api.login(TEST_STAFF.hub);
    const r = await api.gql<{ submitIdea: { trackingCode: string } }>(SUBMIT, {
      input: ideaInput(fieldId, {
        title,
        unitId: unit,
        origin: { ownWork: true },
        consents: { noticeVersion: 1, processData: true, publishContent: true },
      }),
    });
    const [row] = await api.sql('select id from idea where tracking_code = $1', [
      r.data!.submitIdea.trackingCode,
    ]);
    const est = await api.gql(
      `mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }`,
      { i: { ideaId: row.id, status: 'ESTABLISHED', reason: 'Đủ điều kiện công khai.' } },
      { token: hub },
    );
    expect(est.errors).toBeUndefined();
    const pub = await api.gql(
      `mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }`,
      { id: row.id },
      { token: hub },
    );
    expect(pub.errors).toBeUndefined();
    return row.id;
  }

  it("a unit's key lists, opens and submits that unit's ideas alone", async () => {
    const thonA = await unitId('thon-a');
    const thonB = await unitId('thon-b');
    const inA = await publicIdeaOf(thonA, 'Đèn năng lượng mặt trời cho đường thôn A');
    const inB = await publicIdeaOf(thonB, 'Chợ phiên nông sản sạch của thôn B');
    const r = await create({
      name: 'Ki-ốt thôn A',
      scopes: ['PUBLIC_READ', 'SUBMIT'],
      unitId: thonA,
    });
    expect(r.errors).toBeUndefined();
    const { key } = r.data!.createApiKey;
    const listed = await api.gql<{ apiKeys: any[] }>(
      '{ apiKeys { prefix unit { id name } communeCodes } }',
      {},
      { token: admin },
    );
    const row = listed.data!.apiKeys.find((k) => key.startsWith(`kn_${k.prefix}_`));
    expect(row.unit.id).toBe(thonA);
    expect(row.communeCodes).toEqual([]);

    const all = await withKey(key, '{ ideas(first: 100) { nodes { id unit { id } } } }');
    const ids = all.body.data.ideas.nodes.map((n: any) => n.id);
    expect(ids).toContain(inA);
    expect(ids).not.toContain(inB);
    expect(all.body.data.ideas.nodes.every((n: any) => n.unit.id === thonA)).toBe(true);
    const other = await withKey(
      key,
      'query ($u: ID) { ideas(where: { unitId: $u }) { totalCount } }',
      {
        u: thonB,
      },
    );
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(other.body.data).toBeNull();
    const open = 'query ($id: ID!) { idea(id: $id) { id } }';
    expect((await withKey(key, open, { id: inA })).body.data.idea.id).toBe(inA);
    expect((await withKey(key, open, { id: inB })).body.data.idea).toBeNull();

    const fieldId = (await catalog(api)).fields[0]!.id;
    const sent = await withKey(key, SUBMIT, {
      input: ideaInput(fieldId, { title: 'Gửi từ ki-ốt thôn A' }),
    });
    expect(sent.body.errors).toBeUndefined();
    const [filed] = await api.sql('select unit_id from idea where tracking_code = $1', [
      sent.body.data.submitIdea.trackingCode,
    ]);
    expect(filed.unit_id).toBe(thonA);
    const elsewhere = await withKey(key, SUBMIT, {
      input: ideaInput(fieldId, { title: 'Gửi nhầm sang thôn B', unitId: thonB }),
    });
    expect(elsewhere.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { unitId: 'Khóa API này chỉ gửi được ý tưởng cho thôn/đơn vị của khóa.' },
    });
  });

  it('refuses a unit of another commune, and communes on a commune key', async () => {
    const r = await create({
      name: 'Sai',
      scopes: ['PUBLIC_READ'],
      unitId: await unitId('thon-a', '16231'),
      communeCodes: ['16231'],
    });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: {
        unitId: 'Không tìm thấy thôn/đơn vị này trong xã.',
        communeCodes: 'Chỉ khóa cấp tỉnh mới chọn được các xã.',
      },
    });
  });

  it("a province's key reads the communes of the province it names, with X-Tenant", async () => {
    const province = await api.login(TEST_STAFF.provinceAdmin);
    const refused = await create(
      { name: 'Sở KH&CN', scopes: ['STATISTICS'], communeCodes: ['01001'] },
      province,
    );
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const r = await create(
      {
        name: 'Sở Khoa học và Công nghệ Thanh Hóa',
        scopes: ['STATISTICS'],
        communeCodes: ['16231'],
      },
      province,
    );
    expect(r.errors).toBeUndefined();
    const { key } = r.data!.createApiKey;
    const q = '{ transparencyStats { published } ideaCounters { received } }';
    const ok = await withKey(key, q, {}, { 'x-tenant': '16231' });
    expect(ok.body.errors).toBeUndefined();
    const [counted] = await api.sql(
      `select count(*)::int as n from idea i join tenant t on t.id = i.tenant_id where t.code = '16231'`,
    );
    expect(ok.body.data.ideaCounters.received).toBe(counted.n);
    // A commune of the province the key does not list; none named; another province's.
    expect((await withKey(key, q, {}, { 'x-tenant': '16228' })).status).toBe(403);
    const none = await withKey(key, q);
    expect(none.status).toBe(400);
    expect(none.body.errors[0].message).toMatch(/X-Tenant/);

    const wide = (
      await create({ name: 'Cổng dữ liệu tỉnh Thanh Hóa', scopes: ['STATISTICS'] }, province)
    ).data!.createApiKey.key;
    const received: number[] = [];
    for (const code of ['16228', '16231']) {
      const each = await withKey(wide, q, {}, { 'x-tenant': code });
      expect(each.body.errors, code).toBeUndefined();
      received.push(each.body.data.ideaCounters.received);
    }
    // Each answer is its own commune's (the test commune has far more ideas by now).
    expect(received[0]).not.toBe(received[1]);
    // The province's keys are the province's: a commune's administrator does not list them.
    const communeList = await api.gql<{ apiKeys: any[] }>(
      '{ apiKeys { name } }',
      {},
      { token: admin },
    );
    expect(communeList.data!.apiKeys.map((k) => k.name)).not.toContain(
      'Cổng dữ liệu tỉnh Thanh Hóa',
    );
    const other = await api.login(TEST_STAFF.otherProvinceAdmin);
    const foreign = (await create({ name: 'Hà Nội', scopes: ['STATISTICS'] }, other)).data!
      .createApiKey.key;
    expect((await withKey(foreign, q, {}, { 'x-tenant': '16228' })).status).toBe(403);
  });
});
