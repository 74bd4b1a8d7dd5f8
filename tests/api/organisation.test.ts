import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

/**
 * The commune's organisation (issue 12): units (create, edit, rename, archive, merge), reception
 * points with their officers, and fields. Every operation is tried by every role, by an anonymous
 * caller and by the administrator of another commune. This file owns its data: it creates the units,
 * points and fields it changes.
 */

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
const tokens: Record<string, string | null> = {};
let seq = 0;

const UNIT_FIELDS = `id code name kind areaType population active
  parent { id name } mergedInto { id name } nowPartOf { id name }
  formerNames { name until } receptionPoints { id name }`;
const CREATE_UNIT = `mutation ($input: UnitInput!) { createUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $input: UnitInput!) { updateUnit(id: $id, input: $input) { ${UNIT_FIELDS} } }`;
const ARCHIVE_UNIT = `mutation ($id: ID!, $archived: Boolean!) { setUnitArchived(id: $id, archived: $archived) { id active } }`;
const MERGE_UNIT = `mutation ($id: ID!, $intoId: ID!) { mergeUnit(id: $id, intoId: $intoId) { ${UNIT_FIELDS} } }`;
const UNITS = `query ($search: String, $all: Boolean! = false) { units(search: $search, includeInactive: $all) { ${UNIT_FIELDS} } }`;

const POINT_FIELDS = `id name address openingHours phone active unit { id name } officers { id fullName }`;
const CREATE_POINT = `mutation ($input: ReceptionPointInput!) { createReceptionPoint(input: $input) { ${POINT_FIELDS} } }`;
const UPDATE_POINT = `mutation ($id: ID!, $input: ReceptionPointInput!) { updateReceptionPoint(id: $id, input: $input) { ${POINT_FIELDS} } }`;
const SET_POINT_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setReceptionPointActive(id: $id, active: $active) { id active } }`;
const POINTS = `query ($search: String, $unitId: ID, $all: Boolean! = false) { receptionPoints(search: $search, unitId: $unitId, includeInactive: $all) { ${POINT_FIELDS} } }`;
const MY_POINTS = `{ myReceptionPoints { id name unit { code } } }`;

const FIELDS = `query ($all: Boolean! = false) { fields(includeRetired: $all) { id code name sortOrder active } }`;
const CREATE_FIELD = `mutation ($name: String!) { createField(name: $name) { id code name sortOrder active } }`;
const RENAME_FIELD = `mutation ($id: ID!, $name: String!) { renameField(id: $id, name: $name) { id name } }`;
const RETIRE_FIELD = `mutation ($id: ID!, $retired: Boolean!) { setFieldRetired(id: $id, retired: $retired) { id active } }`;
const REORDER_FIELDS = `mutation ($ids: [ID!]!) { reorderFields(ids: $ids) { id sortOrder } }`;

const IN_PERSON = `mutation ($input: InPersonIdeaInput!) { recordInPersonIdea(input: $input) { trackingCode } }`;
const COVERAGE = `{ transparencyStats { receptionCoverage { villages villagesWithPoint villagesStaffed villagesShare units unitsStaffed unitsShare }
  byUnit { unitId name received } } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Every caller the access rules distinguish, by the name the tests use. */
const CALLERS = [
  'ADMIN',
  'HUB',
  'RECEPTION_OFFICER',
  'COUNCIL_MEMBER',
  'EDITOR',
  'UNIT_HEAD',
  'anonymous',
  'otherTenantAdmin',
] as const;
type Caller = (typeof CALLERS)[number];

function unitInput(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    code: `thon-moi-${seq}`,
    name: `Thôn Mới Số ${seq}`,
    kind: 'VILLAGE',
    areaType: 'RURAL',
    population: 800 + seq,
    ...overrides,
  };
}

async function ok<T = any>(doc: string, variables: Record<string, unknown>, who: Caller = 'ADMIN') {
  const r = await api.gql<T>(doc, variables, { token: tokens[who] ?? null });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as any;
}

async function createUnit(overrides: Record<string, unknown> = {}) {
  return (await ok(CREATE_UNIT, { input: unitInput(overrides) })).createUnit;
}

async function createPoint(unitId: string, overrides: Record<string, unknown> = {}) {
  seq += 1;
  return (
    await ok(CREATE_POINT, {
      input: {
        unitId,
        name: `Nhà văn hóa số ${seq}`,
        address: `Xóm ${seq}, xã Như Thanh`,
        openingHours: 'Sáng thứ Hai, 7h30–11h00',
        officerIds: [],
        ...overrides,
      },
    })
  ).createReceptionPoint;
}

async function staffId(email: string): Promise<string> {
  const [row] = await api.sql('select id from staff_user where email = $1', [email]);
  return row.id;
}

beforeAll(async () => {
  api = await startTestApi({
    clock: new TestClock(new Date('2026-11-20T02:00:00Z')),
    config: { runJobs: false },
  });
  cat = await catalog(api);
  // A commune of its own, with its administrator, to prove tenants never touch each other.
  const [tenant] = await api.sql(
    `insert into tenant (id, code, name, province) values (gen_random_uuid(), '16299', 'Xã Tổ Chức Khác', 'Tỉnh Thanh Hóa') returning id`,
  );
  await api.sql(
    `insert into staff_user (id, tenant_id, email, full_name, password_hash, roles)
     select gen_random_uuid(), $1, 'quantri@khac-to-chuc.example', 'Quản Trị Xã Khác', password_hash, '{ADMIN}'
       from staff_user where email = $2`,
    [tenant.id, TEST_STAFF.admin],
  );
  const logins: [Caller, string][] = [
    ['ADMIN', TEST_STAFF.admin],
    ['HUB', TEST_STAFF.hub],
    ['RECEPTION_OFFICER', TEST_STAFF.officerA],
    ['COUNCIL_MEMBER', TEST_STAFF.council],
    ['EDITOR', TEST_STAFF.editor],
    ['UNIT_HEAD', TEST_STAFF.headA],
    ['otherTenantAdmin', 'quantri@khac-to-chuc.example'],
  ];
  for (const [who, email] of logins) tokens[who] = await api.login(email);
  tokens['anonymous'] = null;
});
afterAll(() => api?.close());

describe('who may change the organisation', () => {
  /**
   * Each operation, tried by each caller on a row made for that attempt. `allowed` callers succeed;
   * the others get UNAUTHENTICATED (anonymous), FORBIDDEN (staff of this commune) or NOT_FOUND /
   * FORBIDDEN (another commune's administrator, who never sees this commune's rows), and nothing
   * is written.
   */
  const ORG: Caller[] = ['ADMIN'];
  const CAMPAIGNS: Caller[] = ['ADMIN', 'HUB'];
  const cases: {
    name: string;
    allowed: Caller[];
    run: (who: Caller) => Promise<{ errors?: any[]; data?: any }>;
  }[] = [
    {
      name: 'createUnit',
      allowed: ORG,
      run: (who) => api.gql(CREATE_UNIT, { input: unitInput() }, { token: tokens[who] }),
    },
    {
      name: 'updateUnit',
      allowed: ORG,
      run: async (who) => {
        const u = await createUnit();
        return api.gql(
          UPDATE_UNIT,
          { id: u.id, input: { ...unitInput({ code: u.code }), name: `${u.name} (sửa)` } },
          { token: tokens[who] },
        );
      },
    },
    {
      name: 'setUnitArchived',
      allowed: ORG,
      run: async (who) => {
        const u = await createUnit();
        return api.gql(ARCHIVE_UNIT, { id: u.id, archived: true }, { token: tokens[who] });
      },
    },
    {
      name: 'mergeUnit',
      allowed: ORG,
      run: async (who) => {
        const [a, b] = [await createUnit(), await createUnit()];
        return api.gql(MERGE_UNIT, { id: a.id, intoId: b.id }, { token: tokens[who] });
      },
    },
    {
      name: 'createReceptionPoint',
      allowed: ORG,
      run: async (who) => {
        const u = await createUnit();
        return api.gql(
          CREATE_POINT,
          { input: { unitId: u.id, name: 'Nhà văn hóa', officerIds: [] } },
          { token: tokens[who] },
        );
      },
    },
    {
      name: 'updateReceptionPoint',
      allowed: ORG,
      run: async (who) => {
        const p = await createPoint((await createUnit()).id);
        return api.gql(
          UPDATE_POINT,
          { id: p.id, input: { unitId: p.unit.id, name: 'Tên mới', officerIds: [] } },
          { token: tokens[who] },
        );
      },
    },
    {
      name: 'setReceptionPointActive',
      allowed: ORG,
      run: async (who) => {
        const p = await createPoint((await createUnit()).id);
        return api.gql(SET_POINT_ACTIVE, { id: p.id, active: false }, { token: tokens[who] });
      },
    },
    {
      name: 'createField',
      allowed: CAMPAIGNS,
      run: (who) =>
        api.gql(CREATE_FIELD, { name: `Lĩnh vực thử ${++seq}` }, { token: tokens[who] }),
    },
    {
      name: 'renameField',
      allowed: CAMPAIGNS,
      run: async (who) => {
        const f = (await ok(CREATE_FIELD, { name: `Lĩnh vực đổi tên ${++seq}` })).createField;
        return api.gql(
          RENAME_FIELD,
          { id: f.id, name: `Lĩnh vực đã đổi ${++seq}` },
          { token: tokens[who] },
        );
      },
    },
    {
      name: 'setFieldRetired',
      allowed: CAMPAIGNS,
      run: async (who) => {
        const f = (await ok(CREATE_FIELD, { name: `Lĩnh vực ngừng ${++seq}` })).createField;
        return api.gql(RETIRE_FIELD, { id: f.id, retired: true }, { token: tokens[who] });
      },
    },
    {
      name: 'reorderFields',
      allowed: CAMPAIGNS,
      run: async (who) => {
        const all = (await ok(FIELDS, { all: true })).fields.map((f: any) => f.id);
        return api.gql(REORDER_FIELDS, { ids: [...all].reverse() }, { token: tokens[who] });
      },
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.allowed.join(' and ')} only`, async () => {
      for (const who of CALLERS) {
        const audits = (await api.sql('select count(*)::int as n from audit_entry'))[0].n;
        const r = await c.run(who);
        const after = (await api.sql('select count(*)::int as n from audit_entry'))[0].n;
        if (who === 'otherTenantAdmin' && (c.name === 'createUnit' || c.name === 'createField')) {
          // Another commune's administrator creates in their own commune, never in this one.
          expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
          const id = r.data![c.name].id;
          const table = c.name === 'createField' ? 'field' : 'unit';
          const [row] = await api.sql(
            `select t.code from ${table} x join tenant t on t.id = x.tenant_id where x.id = $1`,
            [id],
          );
          expect(row.code).toBe('16299');
        } else if (c.allowed.includes(who)) {
          expect(r.errors, `${who}: ${JSON.stringify(r.errors)}`).toBeUndefined();
          expect(after, `${who} is audited`).toBeGreaterThan(audits);
        } else {
          const code = r.errors?.[0]?.extensions?.code;
          const expected =
            who === 'anonymous'
              ? ['UNAUTHENTICATED']
              : who === 'otherTenantAdmin'
                ? ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']
                : ['FORBIDDEN'];
          expect(expected, `${who}: ${JSON.stringify(r.errors)}`).toContain(code);
        }
      }
    });
  }

  it("never lets another commune's administrator create in this commune or see its points", async () => {
    const before = (await api.sql('select count(*)::int as n from unit'))[0].n;
    const r = await api.gql(
      CREATE_UNIT,
      { input: unitInput() },
      { token: tokens['otherTenantAdmin'], tenant: '16228' },
    );
    // Staff sessions are bound to their commune: the unit (if any) lands in their own commune.
    if (r.errors) {
      expect((await api.sql('select count(*)::int as n from unit'))[0].n).toBe(before);
    } else {
      const [row] = await api.sql(
        'select t.code from unit u join tenant t on t.id = u.tenant_id where u.id = $1',
        [r.data!.createUnit.id],
      );
      expect(row.code).toBe('16299');
    }
    const points = await ok(POINTS, {}, 'otherTenantAdmin');
    expect(points.receptionPoints).toEqual([]);
  });
});

describe('units', () => {
  it('creates a unit with clear Vietnamese field errors, codes unique per commune', async () => {
    const bad = await api.gql(
      CREATE_UNIT,
      { input: { ...unitInput(), code: 'Thôn Mới', name: ' ', population: -3 } },
      { token: tokens['ADMIN'] },
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({
      code: expect.stringMatching(/chữ thường không dấu/),
      name: 'Vui lòng nhập tên đơn vị.',
      population: 'Dân số phải là số nguyên không âm.',
    });
    const taken = await api.gql(
      CREATE_UNIT,
      { input: unitInput({ code: 'thon-a' }) },
      { token: tokens['ADMIN'] },
    );
    expect(taken.errors![0]!.extensions!.fieldErrors).toEqual({
      code: 'Mã đơn vị này đã được dùng cho một đơn vị khác của xã.',
    });
    // The same code in another commune is fine.
    const other = await api.gql(
      CREATE_UNIT,
      { input: unitInput({ code: 'thon-a' }) },
      { token: tokens['otherTenantAdmin'] },
    );
    expect(other.errors).toBeUndefined();

    const parent = await createUnit({ kind: 'PEOPLES_COMMITTEE', areaType: 'URBAN' });
    const u = await createUnit({ kind: 'WOMENS_UNION', parentId: parent.id, population: null });
    expect(u).toMatchObject({ kind: 'WOMENS_UNION', parent: { id: parent.id }, population: null });
    const cycle = await api.gql(
      UPDATE_UNIT,
      { id: parent.id, input: unitInput({ code: parent.code, parentId: u.id }) },
      { token: tokens['ADMIN'] },
    );
    expect(cycle.errors![0]!.extensions!.fieldErrors.parentId).toMatch(/cấp dưới/);
  });

  it('keeps former names with their date on a rename, and finds the unit by them without accents', async () => {
    const u = await createUnit({ name: 'Thôn Cây Đa' });
    const renamed = (
      await ok(UPDATE_UNIT, {
        id: u.id,
        input: unitInput({ code: u.code, name: 'Thôn Cây Đa Mới', population: 1200 }),
      })
    ).updateUnit;
    expect(renamed.name).toBe('Thôn Cây Đa Mới');
    expect(renamed.population).toBe(1200);
    expect(renamed.formerNames).toEqual([{ name: 'Thôn Cây Đa', until: '2026-11-20' }]);
    const found = (await ok(UNITS, { search: 'cay da' }, 'anonymous')).units;
    expect(found.map((x: any) => x.id)).toContain(u.id);
    const audit = await api.sql(
      `select details from audit_entry where action = 'UNIT_CHANGED' and details->>'unitUpdated' = $1`,
      [u.id],
    );
    expect(audit[0].details).toMatchObject({
      renamedFrom: 'Thôn Cây Đa',
      renamedTo: 'Thôn Cây Đa Mới',
    });
  });

  it('archives and restores a unit: archived units leave the forms but stay listed for admins', async () => {
    const u = await createUnit();
    await ok(ARCHIVE_UNIT, { id: u.id, archived: true });
    expect((await ok(UNITS, {}, 'anonymous')).units.map((x: any) => x.id)).not.toContain(u.id);
    const all = (await ok(UNITS, { all: true })).units;
    expect(all.find((x: any) => x.id === u.id).active).toBe(false);
    const refused = await api.gql(
      `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode } }`,
      { input: ideaInput(cat.field('y-te'), { unitId: u.id }) },
    );
    expect(refused.errors![0]!.extensions!.fieldErrors.unitId).toBeTruthy();
    await ok(ARCHIVE_UNIT, { id: u.id, archived: false });
    expect((await ok(UNITS, {}, 'anonymous')).units.map((x: any) => x.id)).toContain(u.id);
  });

  it("merges A into B: A's ideas keep A's name and count under B in lists, filters and statistics", async () => {
    const a = await createUnit({ name: 'Thôn Sáp Nhập A' });
    const b = await createUnit({ name: 'Thôn Nhận B' });
    const pointA = await createPoint(a.id, { name: 'Nhà văn hóa thôn Sáp Nhập A' });
    const receipt = await submitIdea(api, ideaInput(cat.field('y-te'), { unitId: a.id }));
    await submitIdea(api, ideaInput(cat.field('y-te'), { unitId: b.id }));

    const invalid = await api.gql(
      MERGE_UNIT,
      { id: a.id, intoId: a.id },
      { token: tokens['ADMIN'] },
    );
    expect(invalid.errors![0]!.extensions!.fieldErrors).toEqual({
      intoId: 'Không sáp nhập một đơn vị vào chính nó.',
    });

    const merged = (await ok(MERGE_UNIT, { id: a.id, intoId: b.id })).mergeUnit;
    expect(merged).toMatchObject({
      active: false,
      mergedInto: { id: b.id },
      nowPartOf: { id: b.id },
    });
    // A's reception point now serves B.
    const bNow = (await ok(UNITS, { search: 'Thôn Nhận B' })).units.find((x: any) => x.id === b.id);
    expect(bNow.receptionPoints.map((p: any) => p.id)).toContain(pointA.id);

    const LIST = `query ($unitId: ID) { ideas(first: 50, where: { unitId: $unitId }) { totalCount nodes { trackingCode unit { name nowPartOf { name } } } } }`;
    const listed = (await ok(LIST, { unitId: b.id }, 'HUB')).ideas;
    expect(listed.totalCount).toBe(2);
    const ofA = listed.nodes.find((n: any) => n.trackingCode === receipt.trackingCode);
    expect(ofA.unit).toEqual({ name: 'Thôn Sáp Nhập A', nowPartOf: { name: 'Thôn Nhận B' } });
    // Filtering by A still finds A's own ideas (history stays attributable).
    expect((await ok(LIST, { unitId: a.id }, 'HUB')).ideas.totalCount).toBe(1);

    const stats = (await ok(COVERAGE, {}, 'anonymous')).transparencyStats;
    expect(stats.byUnit.find((u: any) => u.unitId === b.id).received).toBe(2);
    expect(stats.byUnit.find((u: any) => u.unitId === a.id)).toBeUndefined();

    const again = await api.gql(MERGE_UNIT, { id: a.id, intoId: b.id }, { token: tokens['ADMIN'] });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const restore = await api.gql(
      ARCHIVE_UNIT,
      { id: a.id, archived: false },
      { token: tokens['ADMIN'] },
    );
    expect(restore.errors![0]!.extensions!.code).toBe('CONFLICT');
    const c = await createUnit();
    const intoMerged = await api.gql(
      MERGE_UNIT,
      { id: c.id, intoId: a.id },
      { token: tokens['ADMIN'] },
    );
    expect(intoMerged.errors![0]!.extensions!.fieldErrors.intoId).toMatch(
      /đã lưu trữ hoặc đã sáp nhập/,
    );

    const log = await api.sql(
      `select actor_name, details from audit_entry where action = 'UNIT_MERGED' and details->>'unitMerged' = $1`,
      [a.id],
    );
    expect(log).toHaveLength(1);
    expect(log[0].details).toMatchObject({ intoName: 'Thôn Nhận B', receptionPointsMoved: 1 });
  });
});

describe('reception points', () => {
  it('creates a point with officers, validates it in Vietnamese, and shows officers to staff only', async () => {
    const u = await createUnit({ name: 'Thôn Có Đầu Mối' });
    const officerB = await staffId(TEST_STAFF.officerB);
    const bad = await api.gql(
      CREATE_POINT,
      {
        input: {
          unitId: u.id,
          name: '',
          phone: 'abc',
          officerIds: [await staffId(TEST_STAFF.editor)],
        },
      },
      { token: tokens['ADMIN'] },
    );
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({
      name: 'Vui lòng nhập tên đầu mối.',
      phone: 'Số điện thoại không hợp lệ (ví dụ: 0237 3840 100).',
    });
    const editorOnly = await api.gql(
      CREATE_POINT,
      {
        input: {
          unitId: u.id,
          name: 'Nhà văn hóa',
          officerIds: [await staffId(TEST_STAFF.editor)],
        },
      },
      { token: tokens['ADMIN'] },
    );
    expect(editorOnly.errors![0]!.extensions!.fieldErrors.officerIds).toMatch(/cán bộ tiếp nhận/);
    const p = await createPoint(u.id, {
      name: 'Nhà văn hóa thôn Có Đầu Mối',
      phone: '0237 3840 999',
      officerIds: [officerB],
    });
    expect(p.officers).toEqual([{ id: officerB, fullName: 'Cán Bộ Thôn B' }]);
    const publicView = (await ok(POINTS, { search: 'nha van hoa thon co dau moi' }, 'anonymous'))
      .receptionPoints;
    expect(publicView).toEqual([
      expect.objectContaining({ id: p.id, phone: '0237 3840 999', officers: [] }),
    ]);
  });

  it('lists active points of active units for the public, grouped by unit, searchable without accents', async () => {
    const u = await createUnit({ name: 'Thôn Đông Lâm' });
    const open = await createPoint(u.id, {
      name: 'Nhà văn hóa thôn Đông Lâm',
      address: 'Xóm Giữa',
    });
    const closed = await createPoint(u.id, { name: 'Điểm tạm Đông Lâm' });
    await ok(SET_POINT_ACTIVE, { id: closed.id, active: false });
    const found = (await ok(POINTS, { search: 'dong lam' }, 'anonymous')).receptionPoints;
    expect(found.map((p: any) => p.id)).toEqual([open.id]);
    // includeInactive is the administrator's only.
    expect(
      (await ok(POINTS, { search: 'dong lam', all: true }, 'anonymous')).receptionPoints,
    ).toHaveLength(1);
    expect((await ok(POINTS, { search: 'dong lam', all: true })).receptionPoints).toHaveLength(2);
    const all = (await ok(POINTS, {}, 'anonymous')).receptionPoints;
    const units = all.map((p: any) => p.unit.name);
    // Grouped: every unit's points are next to each other.
    expect(new Set(units).size).toBe(
      units.filter((n: string, i: number) => n !== units[i - 1]).length,
    );
    // An archived unit's points disappear from the public list.
    await ok(ARCHIVE_UNIT, { id: u.id, archived: true });
    expect((await ok(POINTS, { search: 'dong lam' }, 'anonymous')).receptionPoints).toEqual([]);
    const reopen = await api.gql(
      SET_POINT_ACTIVE,
      { id: closed.id, active: true },
      { token: tokens['ADMIN'] },
    );
    expect(reopen.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('lets an officer record only at the points they are assigned to, and records the point', async () => {
    const officerA = await staffId(TEST_STAFF.officerA);
    const u = await createUnit({ name: 'Thôn Hai Đầu Mối' });
    const p = await createPoint(u.id, {
      name: 'Nhà văn hóa thôn Hai Đầu Mối',
      officerIds: [officerA],
    });
    const mine = (await ok(MY_POINTS, {}, 'RECEPTION_OFFICER')).myReceptionPoints;
    expect(mine.map((x: any) => x.name).sort()).toEqual(
      ['Nhà văn hóa thôn Hai Đầu Mối', 'Nhà văn hóa thôn Đồng Ánh'].sort(),
    );
    // The officer of thôn B sees only their own point.
    const officerBToken = await api.login(TEST_STAFF.officerB);
    const bPoints = await api.gql(MY_POINTS, {}, { token: officerBToken });
    const bCodes = bPoints.data!.myReceptionPoints.map((x: any) => x.unit.code);
    expect(bCodes).toContain('thon-b');
    expect(bPoints.data!.myReceptionPoints.map((x: any) => x.id)).not.toContain(p.id);
    // The hub records anywhere.
    expect((await ok(MY_POINTS, {}, 'HUB')).myReceptionPoints.length).toBeGreaterThan(2);
    expect((await api.gql(MY_POINTS, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const scan = await api.upload('phieu.pdf', PDF, {
      token: tokens['RECEPTION_OFFICER'],
      kind: 'PAPER_FORM',
    });
    const r = await ok(
      IN_PERSON,
      {
        input: {
          ...ideaInput(cat.field('y-te')),
          receptionPointId: p.id,
          paperFormId: scan.body.id,
        },
      },
      'RECEPTION_OFFICER',
    );
    const [row] = await api.sql(
      `select rp.name, u.name as unit from idea i join reception_point rp on rp.id = i.reception_point_id
         join unit u on u.id = i.unit_id where i.tracking_code = $1`,
      [r.recordInPersonIdea.trackingCode],
    );
    expect(row).toEqual({ name: 'Nhà văn hóa thôn Hai Đầu Mối', unit: 'Thôn Hai Đầu Mối' });

    const scanB = await api.upload('phieu.pdf', PDF, { token: officerBToken, kind: 'PAPER_FORM' });
    const refused = await api.gql(
      IN_PERSON,
      {
        input: {
          ...ideaInput(cat.field('y-te')),
          receptionPointId: p.id,
          paperFormId: scanB.body.id,
        },
      },
      { token: officerBToken },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('reports the reception KPI: villages and units with an active, staffed point', async () => {
    const before = (await ok(COVERAGE, {}, 'anonymous')).transparencyStats.receptionCoverage;
    const v = await createUnit({ name: 'Thôn Chưa Có Cán Bộ' });
    const p = await createPoint(v.id);
    let now = (await ok(COVERAGE, {}, 'anonymous')).transparencyStats.receptionCoverage;
    expect(now).toMatchObject({
      villages: before.villages + 1,
      villagesWithPoint: before.villagesWithPoint + 1,
      villagesStaffed: before.villagesStaffed,
      units: before.units + 1,
    });
    expect(now.villagesShare).toBeCloseTo(now.villagesStaffed / now.villages);
    await ok(UPDATE_POINT, {
      id: p.id,
      input: { unitId: v.id, name: p.name, officerIds: [await staffId(TEST_STAFF.officerB)] },
    });
    now = (await ok(COVERAGE, {}, 'anonymous')).transparencyStats.receptionCoverage;
    expect(now.villagesStaffed).toBe(before.villagesStaffed + 1);
    expect(now.unitsStaffed).toBe(before.unitsStaffed + 1);
    expect(now.unitsShare).toBeCloseTo(now.unitsStaffed / now.units);
  });

  it('lists points in a constant number of statements for 1, 10 and 100 points', async () => {
    const u = await createUnit({ name: 'Thôn Đo Truy Vấn' });
    const p = await createPoint(u.id, {
      name: 'Đo truy vấn 0',
      officerIds: [await staffId(TEST_STAFF.officerA)],
    });
    const counts: number[] = [];
    let made = 1;
    for (const n of [1, 10, 100]) {
      if (n > made) {
        await api.sql(
          `with copies as (
             insert into reception_point (id, tenant_id, unit_id, name, address, opening_hours, active)
             select gen_random_uuid(), tenant_id, unit_id, 'Đo truy vấn ' || g, address, opening_hours, true
               from reception_point, generate_series($2::int, $3::int) g where id = $1
             returning id)
           insert into reception_point_officer (reception_point_id, staff_user_id)
           select c.id, o.staff_user_id from copies c, reception_point_officer o where o.reception_point_id = $1`,
          [p.id, made, n - 1],
        );
        made = n;
      }
      await api.gql('{ viewer { id } }', {}, { token: tokens['ADMIN'] });
      api.resetQueries();
      const r = await ok(POINTS, { search: 'do truy van' });
      expect(r.receptionPoints).toHaveLength(n);
      expect(r.receptionPoints.every((x: any) => x.officers.length === 1)).toBe(true);
      counts.push(api.queries.length);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });
});

describe('fields', () => {
  it('creates, renames, reorders and retires fields; a retired field stays on old ideas only', async () => {
    const bad = await api.gql(CREATE_FIELD, { name: '  ' }, { token: tokens['HUB'] });
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({
      name: 'Vui lòng nhập tên lĩnh vực.',
    });
    const dup = await api.gql(CREATE_FIELD, { name: 'y te' }, { token: tokens['HUB'] });
    expect(dup.errors![0]!.extensions!.fieldErrors).toEqual({
      name: 'Đã có lĩnh vực trùng tên này.',
    });

    const f = (await ok(CREATE_FIELD, { name: 'Du lịch cộng đồng' }, 'HUB')).createField;
    expect(f).toMatchObject({ code: 'du-lich-cong-dong', active: true });
    const all = (await ok(FIELDS, { all: true })).fields;
    expect(all.at(-1).id).toBe(f.id);
    // New fields are offered at once in the current campaign's scope.
    const CAMPAIGN_FIELDS = '{ currentCampaign { fields { id } } }';
    expect(
      (await ok(CAMPAIGN_FIELDS, {}, 'anonymous')).currentCampaign.fields.map((x: any) => x.id),
    ).toContain(f.id);
    const renamed = (
      await ok(RENAME_FIELD, { id: f.id, name: 'Du lịch cộng đồng, homestay' }, 'HUB')
    ).renameField;
    expect(renamed.name).toBe('Du lịch cộng đồng, homestay');

    const reordered = (
      await ok(
        REORDER_FIELDS,
        { ids: [f.id, ...all.filter((x: any) => x.id !== f.id).map((x: any) => x.id)] },
        'HUB',
      )
    ).reorderFields;
    expect(reordered[0]).toEqual({ id: f.id, sortOrder: 1 });
    expect((await ok(FIELDS, {})).fields[0].id).toBe(f.id);
    const partial = await api.gql(REORDER_FIELDS, { ids: [f.id] }, { token: tokens['HUB'] });
    expect(partial.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    const old = await submitIdea(api, ideaInput(f.id));
    await ok(RETIRE_FIELD, { id: f.id, retired: true }, 'HUB');
    expect((await ok(FIELDS, {}, 'anonymous')).fields.map((x: any) => x.id)).not.toContain(f.id);
    expect((await ok(FIELDS, { all: true }, 'anonymous')).fields.map((x: any) => x.id)).toContain(
      f.id,
    );
    expect(
      (await ok(CAMPAIGN_FIELDS, {}, 'anonymous')).currentCampaign.fields.map((x: any) => x.id),
    ).not.toContain(f.id);
    const refused = await api.gql(
      `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode } }`,
      { input: ideaInput(f.id) },
    );
    expect(refused.errors![0]!.extensions!.fieldErrors.fieldIds).toBe('Lĩnh vực không tồn tại.');
    // The old idea keeps it, and filtering by it still finds the idea.
    const LIST = `query ($f: [ID!]) { ideas(first: 10, where: { fieldIds: $f }) { nodes { trackingCode fields { name } } } }`;
    const byField = (await ok(LIST, { f: [f.id] }, 'HUB')).ideas.nodes;
    expect(byField).toEqual([
      { trackingCode: old.trackingCode, fields: [{ name: 'Du lịch cộng đồng, homestay' }] },
    ]);
    await ok(RETIRE_FIELD, { id: f.id, retired: false }, 'HUB');
    expect((await ok(FIELDS, {})).fields.map((x: any) => x.id)).toContain(f.id);
    const log = await api.sql(
      `select details from audit_entry where action = 'FIELD_CHANGED' and (details->>'fieldRetired' = $1 or details->>'fieldRestored' = $1)`,
      [f.id],
    );
    expect(log).toHaveLength(2);
  });
});

describe('the fields in English', () => {
  it('creates and renames a field with its English name, which the public lists carry', async () => {
    const r = await api.gql(
      `mutation ($n: String!, $e: String) { createField(name: $n, nameEn: $e) { id name nameEn } }`,
      { n: `Du lịch cộng đồng ${Date.now()}`, e: 'Community tourism' },
      { token: tokens.ADMIN ?? null },
    );
    expect(r.errors).toBeUndefined();
    const id = r.data!.createField.id;
    expect(r.data!.createField.nameEn).toBe('Community tourism');
    // Renamed without nameEn (an older client): the English name stays; with "" it is cleared.
    const kept = await api.gql(
      RENAME_FIELD,
      { id, name: r.data!.createField.name },
      { token: tokens.ADMIN ?? null },
    );
    expect(kept.errors).toBeUndefined();
    const RENAME_EN = `mutation ($id: ID!, $n: String!, $e: String) {
      renameField(id: $id, name: $n, nameEn: $e) { nameEn } }`;
    const read = async () =>
      (await api.gql('{ fields { id nameEn } }')).data!.fields.find((f: any) => f.id === id).nameEn;
    expect(await read()).toBe('Community tourism');
    await api.gql(
      RENAME_EN,
      { id, n: r.data!.createField.name, e: 'Rural tourism' },
      { token: tokens.ADMIN ?? null },
    );
    expect(await read()).toBe('Rural tourism');
    await api.gql(
      RENAME_EN,
      { id, n: r.data!.createField.name, e: '' },
      { token: tokens.ADMIN ?? null },
    );
    expect(await read()).toBeNull();
    // The commune's template gives every default field an English name.
    const all = (await api.gql('{ fields { code nameEn } }')).data!.fields;
    expect(all.find((f: any) => f.code === 'nong-nghiep')?.nameEn).toBe('Agriculture');
  });
});
