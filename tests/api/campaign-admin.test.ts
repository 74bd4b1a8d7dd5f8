import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';

/**
 * Campaigns and their phases, managed by the administrator and the hub (issue 12). The file creates
 * its own campaigns and never edits the seeded movement other tests read.
 */

let api: TestApi;
const tokens: Record<string, string | null> = {};
let seq = 0;

const CAMPAIGN_FIELDS = `id code title description startsOn endsOn status
  phases { id kind name startsOn endsOn sortOrder } currentPhase { name } fields { id }`;
const CREATE = `mutation ($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const PHASES = `mutation ($id: ID!, $phases: [PhaseInput!]!) { setCampaignPhases(campaignId: $id, phases: $phases) { ${CAMPAIGN_FIELDS} } }`;
const PIN = `mutation ($id: ID!, $phaseId: ID) { setCurrentPhase(campaignId: $id, phaseId: $phaseId) { currentPhasePinned currentPhase { id name } } }`;
const BY_ID = `query ($id: ID!) { campaignById(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const BY_CODE = `query ($code: String!) { campaign(code: $code) { ${CAMPAIGN_FIELDS} } }`;

const CALLERS = [
  'ADMIN',
  'HUB',
  'RECEPTION_OFFICER',
  'COUNCIL_MEMBER',
  'EDITOR',
  'UNIT_HEAD',
  'anonymous',
  'otherTenantStaff',
] as const;
type Caller = (typeof CALLERS)[number];

function input(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    code: `dot-phat-dong-${seq}`,
    title: `Đợt phát động thử số ${seq}`,
    description: 'Đợt phát động theo chủ đề chuyển đổi số trong thôn.',
    startsOn: '2026-11-01',
    endsOn: '2027-03-31',
    status: 'DRAFT',
    ...overrides,
  };
}

async function ok(doc: string, variables: Record<string, unknown>, who: Caller = 'ADMIN') {
  const r = await api.gql(doc, variables, { token: tokens[who] ?? null });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as any;
}

async function create(overrides: Record<string, unknown> = {}) {
  return (await ok(CREATE, { input: input(overrides) })).createCampaign;
}

const PHASE_LIST = [
  { kind: 'CALL', name: 'Phát động', startsOn: '2026-11-01', endsOn: '2026-11-30' },
  { kind: 'ROLLOUT', name: 'Triển khai', startsOn: '2026-12-01', endsOn: '2027-02-28' },
  { kind: 'FINAL_REVIEW', name: 'Tổng kết', startsOn: '2027-03-01', endsOn: '2027-03-31' },
];

beforeAll(async () => {
  api = await startTestApi({
    clock: new TestClock(new Date('2026-11-20T02:00:00Z')),
    config: { runJobs: false },
  });
  // A commune of its own with a hub account, to prove tenants never touch each other.
  const [tenant] = await api.sql(
    `insert into tenant (id, code, name, province) values (gen_random_uuid(), '16298', 'Xã Phong Trào Khác', 'Tỉnh Thanh Hóa') returning id`,
  );
  await api.sql(
    `insert into staff_user (id, tenant_id, email, full_name, password_hash, roles)
     select gen_random_uuid(), $1, 'daumoi@khac-phong-trao.example', 'Đầu Mối Xã Khác', password_hash, '{HUB}'
       from staff_user where email = $2`,
    [tenant.id, TEST_STAFF.hub],
  );
  const logins: [Caller, string][] = [
    ['ADMIN', TEST_STAFF.admin],
    ['HUB', TEST_STAFF.hub],
    ['RECEPTION_OFFICER', TEST_STAFF.officerA],
    ['COUNCIL_MEMBER', TEST_STAFF.council],
    ['EDITOR', TEST_STAFF.editor],
    ['UNIT_HEAD', TEST_STAFF.headA],
    ['otherTenantStaff', 'daumoi@khac-phong-trao.example'],
  ];
  for (const [who, email] of logins) tokens[who] = await api.login(email);
  tokens['anonymous'] = null;
});
afterAll(() => api?.close());

describe('who may manage campaigns', () => {
  const ALLOWED: Caller[] = ['ADMIN', 'HUB'];
  const cases: { name: string; run: (who: Caller) => Promise<any> }[] = [
    {
      name: 'createCampaign',
      run: (who) => api.gql(CREATE, { input: input() }, { token: tokens[who] }),
    },
    {
      name: 'updateCampaign',
      run: async (who) => {
        const c = await create();
        return api.gql(
          UPDATE,
          { id: c.id, input: input({ code: c.code, title: 'Tên đã sửa' }) },
          { token: tokens[who] },
        );
      },
    },
    {
      name: 'setCampaignPhases',
      run: async (who) => {
        const c = await create();
        return api.gql(PHASES, { id: c.id, phases: PHASE_LIST }, { token: tokens[who] });
      },
    },
    {
      name: 'setCurrentPhase',
      run: async (who) => {
        const c = await create();
        const set = (await ok(PHASES, { id: c.id, phases: PHASE_LIST })).setCampaignPhases;
        return api.gql(PIN, { id: c.id, phaseId: set.phases[2].id }, { token: tokens[who] });
      },
    },
    {
      name: 'campaignById',
      run: async (who) => {
        const c = await create();
        return api.gql(BY_ID, { id: c.id }, { token: tokens[who] });
      },
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ADMIN and HUB only`, async () => {
      for (const who of CALLERS) {
        const r = await c.run(who);
        if (ALLOWED.includes(who)) {
          expect(r.errors, `${who}: ${JSON.stringify(r.errors)}`).toBeUndefined();
        } else if (who === 'otherTenantStaff') {
          if (c.name === 'createCampaign') {
            // Another commune's hub creates in its own commune, never in this one.
            const [row] = await api.sql(
              'select t.code from campaign c join tenant t on t.id = c.tenant_id where c.id = $1',
              [r.data.createCampaign.id],
            );
            expect(row.code).toBe('16298');
          } else if (c.name === 'campaignById') {
            expect(r.data.campaignById, 'never sees this commune’s campaign').toBeNull();
          } else {
            expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe('NOT_FOUND');
          }
        } else {
          expect(r.errors?.[0]?.extensions?.code, `${who}: ${JSON.stringify(r.errors)}`).toBe(
            who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
        }
      }
    });
  }
});

describe('campaigns and phases', () => {
  it('creates a campaign with every field in use, and audits it', async () => {
    const c = await create({ status: 'ACTIVE' });
    const fields = (await ok('{ fields { id } }', {})).fields;
    expect(c.fields).toHaveLength(fields.length);
    const [log] = await api.sql(
      `select actor_name from audit_entry where action = 'CAMPAIGN_CHANGED' and details->>'campaignCreated' = $1`,
      [c.id],
    );
    expect(log.actor_name).toBe('Quản Trị Viên');
  });

  it('refuses invalid campaigns with Vietnamese field errors', async () => {
    const bad = await api.gql(
      CREATE,
      { input: input({ code: 'Đợt 1', title: '', startsOn: '2027-01-10', endsOn: '2027-01-01' }) },
      { token: tokens['HUB'] },
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({
      code: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: phong-trao-2026).',
      title: 'Vui lòng nhập tên phong trào.',
      endsOn: 'Ngày kết thúc không được trước ngày bắt đầu.',
    });
    const badDay = await api.gql(
      CREATE,
      { input: input({ startsOn: '2027-02-30' }) },
      { token: tokens['HUB'] },
    );
    expect(badDay.errors![0]!.extensions!.fieldErrors).toEqual({
      startsOn: 'Ngày bắt đầu không hợp lệ.',
    });
    const taken = await api.gql(
      CREATE,
      { input: input({ code: 'phong-trao-2026-2030' }) },
      { token: tokens['HUB'] },
    );
    expect(taken.errors![0]!.extensions!.fieldErrors).toEqual({
      code: 'Mã này đã được dùng cho một phong trào khác của xã.',
    });
    // In English too, for partners who ask for it.
    const en = await api.gql(
      CREATE,
      { input: input({ startsOn: '2027-01-10', endsOn: '2027-01-01' }) },
      { token: tokens['HUB'], headers: { 'accept-language': 'en' } },
    );
    expect(en.errors![0]!.extensions!.fieldErrors.endsOn).toBe(
      'The end date cannot be before the start date.',
    );
  });

  it('sets phases in order, inside the campaign and without overlaps; the current one follows the date', async () => {
    const c = await create();
    const set = (await ok(PHASES, { id: c.id, phases: PHASE_LIST }, 'HUB')).setCampaignPhases;
    expect(set.phases.map((p: any) => [p.name, p.sortOrder])).toEqual([
      ['Phát động', 1],
      ['Triển khai', 2],
      ['Tổng kết', 3],
    ]);
    // The test clock is 20/11/2026: inside "Phát động".
    expect(set.currentPhase).toEqual({ name: 'Phát động' });

    const outside = await api.gql(
      PHASES,
      {
        id: c.id,
        phases: [
          { kind: 'CALL', name: 'Quá sớm', startsOn: '2026-10-01', endsOn: '2026-11-15' },
          { kind: 'ROLLOUT', name: 'Trùng', startsOn: '2026-11-10', endsOn: '2026-12-31' },
          { kind: 'FINAL_REVIEW', name: 'Quá muộn', startsOn: '2027-03-01', endsOn: '2027-04-30' },
          { kind: 'FINAL_REVIEW', name: '', startsOn: '2027-01-05', endsOn: '2027-01-01' },
        ],
      },
      { token: tokens['HUB'] },
    );
    expect(outside.errors![0]!.extensions!.fieldErrors).toEqual({
      'phases.0.startsOn': 'Giai đoạn phải bắt đầu từ ngày 01/11/2026 (ngày bắt đầu phong trào).',
      'phases.1.startsOn':
        'Giai đoạn trùng thời gian với giai đoạn "Quá sớm" (01/10/2026 – 15/11/2026).',
      'phases.2.endsOn':
        'Giai đoạn phải kết thúc muộn nhất ngày 31/03/2027 (ngày kết thúc phong trào).',
      'phases.3.name': 'Vui lòng nhập tên giai đoạn.',
      'phases.3.endsOn': 'Ngày kết thúc không được trước ngày bắt đầu.',
    });
    // Nothing was written.
    expect((await ok(BY_ID, { id: c.id })).campaignById.phases).toHaveLength(3);

    // Edit one, drop one, add one: ids are kept for the phases that stay.
    const [first, second] = set.phases;
    const edited = (
      await ok(PHASES, {
        id: c.id,
        phases: [
          {
            id: second.id,
            kind: 'ROLLOUT',
            name: 'Triển khai (sửa)',
            startsOn: '2026-11-15',
            endsOn: '2027-01-31',
          },
          {
            id: first.id,
            kind: 'CALL',
            name: 'Phát động',
            startsOn: '2026-11-01',
            endsOn: '2026-11-14',
          },
          { kind: 'MIDTERM_REVIEW', name: 'Sơ kết', startsOn: '2027-02-01', endsOn: '2027-03-31' },
        ],
      })
    ).setCampaignPhases;
    expect(edited.phases.map((p: any) => p.name)).toEqual([
      'Triển khai (sửa)',
      'Phát động',
      'Sơ kết',
    ]);
    expect(edited.phases[0].id).toBe(second.id);
    expect(edited.currentPhase).toEqual({ name: 'Triển khai (sửa)' });
    const rows = await api.sql(
      'select count(*)::int as n from campaign_phase where campaign_id = $1',
      [c.id],
    );
    expect(rows[0].n).toBe(3);
  });

  it('lets the current phase be set by hand, and back to the date', async () => {
    const c = await create();
    const set = (await ok(PHASES, { id: c.id, phases: PHASE_LIST })).setCampaignPhases;
    expect(set.currentPhase).toEqual({ name: 'Phát động' });
    const pinned = (await ok(PIN, { id: c.id, phaseId: set.phases[1].id }, 'HUB')).setCurrentPhase;
    expect(pinned).toEqual({
      currentPhasePinned: true,
      currentPhase: { id: set.phases[1].id, name: 'Triển khai' },
    });
    const other = await create();
    const otherPhases = (await ok(PHASES, { id: other.id, phases: PHASE_LIST })).setCampaignPhases;
    const foreign = await api.gql(
      PIN,
      { id: c.id, phaseId: otherPhases.phases[0].id },
      { token: tokens['HUB'] },
    );
    expect(foreign.errors![0]!.extensions!.fieldErrors).toEqual({
      phaseId: 'Giai đoạn không thuộc phong trào này.',
    });
    // Removing the pinned phase lets the date decide again.
    const kept = (
      await ok(PHASES, {
        id: c.id,
        phases: [set.phases[0], set.phases[2]].map(({ id, kind, name, startsOn, endsOn }: any) => ({
          id,
          kind,
          name,
          startsOn,
          endsOn,
        })),
      })
    ).setCampaignPhases;
    expect(kept.currentPhase).toEqual({ name: 'Phát động' });
    await ok(PIN, { id: c.id, phaseId: set.phases[2].id });
    const byDate = (await ok(PIN, { id: c.id, phaseId: null })).setCurrentPhase;
    expect(byDate).toEqual({
      currentPhasePinned: false,
      currentPhase: { id: set.phases[0].id, name: 'Phát động' },
    });
  });

  it('keeps phases inside the campaign when its dates change', async () => {
    const c = await create();
    await ok(PHASES, { id: c.id, phases: PHASE_LIST });
    const shrink = await api.gql(
      UPDATE,
      { id: c.id, input: input({ code: c.code, endsOn: '2027-01-31' }) },
      { token: tokens['ADMIN'] },
    );
    expect(shrink.errors![0]!.extensions!.fieldErrors).toEqual({
      endsOn:
        'Giai đoạn "Triển khai" (01/12/2026 – 28/02/2027) sẽ nằm ngoài thời gian của phong trào; hãy sửa giai đoạn trước.',
    });
  });

  it('shows edits on the public campaign page, and never a draft', async () => {
    const c = await create({ status: 'DRAFT' });
    expect((await ok(BY_CODE, { code: c.code }, 'anonymous')).campaign).toBeNull();
    const updated = (
      await ok(UPDATE, {
        id: c.id,
        input: input({
          code: c.code,
          title: 'Đợt phát động "Thôn thông minh"',
          description: 'Mô tả mới',
          status: 'ACTIVE',
        }),
      })
    ).updateCampaign;
    expect(updated.status).toBe('ACTIVE');
    await ok(PHASES, { id: c.id, phases: PHASE_LIST });
    const pub = (await ok(BY_CODE, { code: c.code }, 'anonymous')).campaign;
    expect(pub).toMatchObject({
      title: 'Đợt phát động "Thôn thông minh"',
      description: 'Mô tả mới',
      currentPhase: { name: 'Phát động' },
    });
    expect(pub.phases).toHaveLength(3);
    const [log] = await api.sql(
      `select details from audit_entry where action = 'CAMPAIGN_CHANGED' and details->>'campaignUpdated' = $1`,
      [c.id],
    );
    expect(log.details.before.status).toBe('DRAFT');
    expect(log.details.after.status).toBe('ACTIVE');
  });
});

describe('names for the English pages', () => {
  it('keeps a phase’s English name, unchanged when a client does not send it', async () => {
    const c = await create();
    const withEn = PHASE_LIST.map((p, i) => ({ ...p, nameEn: i === 0 ? 'Launch' : null }));
    const set = (await ok(PHASES, { id: c.id, phases: withEn })).setCampaignPhases;
    const read = async () =>
      (
        await ok(`query ($id: ID!) { campaignById(id: $id) { phases { id name nameEn } } }`, {
          id: c.id,
        })
      ).campaignById.phases;
    expect((await read()).map((p: any) => p.nameEn)).toEqual(['Launch', null, null]);
    // An older form sends no nameEn: the English name stays.
    await ok(PHASES, {
      id: c.id,
      phases: set.phases.map((p: any, i: number) => ({
        id: p.id,
        kind: PHASE_LIST[i]!.kind,
        name: p.name,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      })),
    });
    expect((await read())[0].nameEn).toBe('Launch');
    // Too long: refused by field, nothing changed.
    const bad = await api.gql(
      PHASES,
      { id: c.id, phases: withEn.map((p) => ({ ...p, nameEn: 'x'.repeat(201) })) },
      { token: tokens.ADMIN ?? null },
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors as object)).toContain(
      'phases.0.nameEn',
    );
    expect((await read())[0].nameEn).toBe('Launch');
  });
});
