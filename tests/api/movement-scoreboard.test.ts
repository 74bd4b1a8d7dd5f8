/**
 * The movement's figures, targets and scoreboard (issue #16), checked against a fixture computed
 * by hand: four units in 2029 — a village that absorbed a merged village, a mountain village, a
 * village of an especially difficult area, and the hub's department.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));
let api: TestApi;
let t: Triage;
let hub: string;
let headA: string;
const unit: Record<string, string> = {};
const idea: Record<string, string> = {};
const code: Record<string, string> = {};
const Y2029 = { year: 2029 };

const BOARD = `query ($p: PeriodInput!) {
  scoreboard(period: $p) {
    periodKey periodLabel frozenAt frozenByName unitCount rule
    weights { criterion weight }
    formulas { criterion formula }
    rows {
      rank unitId unitName total
      cells { criterion raw score }
      figures {
        received eligible answered responseRate accepted supported pilots applications
        appliedElsewhere scalings honours participants participantGroups activities audience
        programmeTags byProgramme { programme count }
      }
    }
  }
}`;

async function gqlOk(query: string, variables: Record<string, unknown>, token = hub) {
  const r = await api.gql(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

async function newUnit(code: string, name: string, areaType: string): Promise<string> {
  const d = await gqlOk(
    'mutation ($i: UnitInput!) { createUnit(input: $i) { id } }',
    { i: { code, name, kind: 'VILLAGE', areaType } },
    await t.token(TEST_STAFF.admin),
  );
  return d.createUnit.id;
}

async function groupId(code: string): Promise<string> {
  const [g] = await api.sql(`select id from participant_group where code = $1`, [code]);
  return g.id;
}

async function submitted(key: string, unitCode: string, group: string | null) {
  const { id, trackingCode } = await t.newIdea({
    unitId: unit[unitCode],
    author: {
      fullName: `Tác Giả ${key}`,
      email: `tacgia.${key.toLowerCase()}@example.com`,
      participantGroupId: group ? await groupId(group) : null,
    },
  });
  idea[key] = id;
  code[key] = trackingCode;
  return id;
}

/** The author withdraws (through the tracking page's token). */
async function withdraw(key: string) {
  const track = await api.gql(
    'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
    { c: code[key], k: `tacgia.${key.toLowerCase()}@example.com` },
  );
  const w = await api.gql(
    'mutation ($t: String!) { withdrawIdea(token: $t, reason: "Tôi xin rút") { status } }',
    { t: track.data!.trackIdea.token },
  );
  if (w.errors) throw new Error(JSON.stringify(w.errors));
}

/** After the clock jumps months ahead, sessions have expired: sign in again. */
async function later(at: string) {
  clock.set(at);
  hub = await api.login(TEST_STAFF.hub);
  headA = await api.login(TEST_STAFF.headA);
  Object.assign(t as object, { hub, tokens: new Map() });
}

async function move(id: string, to: string, extra: Record<string, unknown> = {}) {
  const r = await t.move(id, to as never, extra);
  if (r.errors) throw new Error(`${to}: ${JSON.stringify(r.errors)}`);
}

async function activity(unitCode: string, heldOn: string, audience: number, token = hub) {
  return api.gql(
    'mutation ($i: ActivityInput!) { recordMovementActivity(input: $i) { id audience } }',
    {
      i: {
        unitId: unit[unitCode],
        kind: 'PROPAGANDA',
        title: `Tuyên truyền phong trào tại ${unitCode}`,
        heldOn,
        audience,
      },
    },
    { token },
  );
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  headA = await api.login(TEST_STAFF.headA);
  t = await Triage.create(api, hub);
  for (const code of ['thon-a', 'thon-b', 'phong-vhxh']) unit[code] = t.cat.unit(code);
  unit['khe-ngang'] = await newUnit('khe-ngang', 'Thôn Khe Ngang', 'SPECIAL_DIFFICULTY');
  unit['thon-cu'] = await newUnit('thon-cu', 'Thôn Cũ', 'RURAL');

  await later('2029-03-10T02:00:00Z');
  // Thôn Đồng Ánh (thon-a): A1 goes all the way to scaled; A2 is found not eligible; A3 is
  // withdrawn. Thôn Cũ's M1 counts under thon-a once Thôn Cũ is merged into it.
  await submitted('A1', 'thon-a', 'nong-dan');
  await submitted('A2', 'thon-a', 'nong-dan');
  await submitted('A3', 'thon-a', null);
  await submitted('M1', 'thon-cu', 'hoc-sinh');
  await submitted('B1', 'thon-b', 'giao-vien');
  await submitted('D1', 'khe-ngang', null);
  await t.establishRights(idea.A1!);
  for (const step of ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED']) await move(idea.A1!, step);
  await move(idea.A1!, 'PILOTING', {
    pilot: {
      hostUnitId: unit['thon-a'],
      scope: 'Thử nghiệm tại 20 hộ của thôn Đồng Ánh.',
      startsOn: '2029-04-01',
      endsOn: '2029-05-31',
      budget: [{ item: 'Vật tư', amount: 5_000_000, source: 'SOCIALISED' }],
      indicators: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20 }],
    },
  });
  await later('2029-07-10T02:00:00Z');
  const adoption = (unitCode: string, adoptedOn: string, programmes: string[]) => ({
    adoption: {
      unitId: unit[unitCode],
      adoptedOn,
      results: 'Giảm một nửa thời gian tổng hợp số liệu.',
      measurements: [],
      programmes,
    },
  });
  await move(idea.A1!, 'APPLIED', adoption('thon-a', '2029-06-01', ['DIGITAL_TRANSFORMATION']));
  await move(idea.A1!, 'SCALED', adoption('thon-b', '2029-07-01', ['NEW_RURAL', 'OCOP']));
  await move(idea.A2!, 'NOT_ELIGIBLE');
  await withdraw('A3');
  await move(idea.D1!, 'ACCEPTED');
  // Thôn Cũ is merged into thon-a after it sent M1.
  await gqlOk(
    'mutation ($id: ID!, $into: ID!) { mergeUnit(id: $id, intoId: $into) { id active } }',
    { id: unit['thon-cu'], into: unit['thon-a'] },
    await t.token(TEST_STAFF.admin),
  );
  // Activities: one in thon-a (by its own head), two in the difficult village.
  expect((await activity('thon-a', '2029-02-10', 40, headA)).errors).toBeUndefined();
  expect((await activity('khe-ngang', '2029-05-02', 20)).errors).toBeUndefined();
  expect((await activity('khe-ngang', '2029-06-15', 30)).errors).toBeUndefined();
}, 120_000);
afterAll(() => api?.close());

function rowOf(board: any, code: string) {
  return board.rows.find((r: any) => r.unitId === unit[code]);
}

describe('the movement figures of a period', () => {
  it('count each unit as computed by hand (merged unit under its new unit, withdrawn and ineligible ideas out of the response rate)', async () => {
    const { scoreboard: b } = await gqlOk(BOARD, { p: Y2029 });
    const a = rowOf(b, 'thon-a').figures;
    expect(a).toMatchObject({
      received: 4, // A1, A2, A3, and M1 of the merged Thôn Cũ
      eligible: 2, // A2 not eligible and A3 withdrawn do not count
      answered: 1,
      responseRate: 0.5,
      accepted: 1,
      supported: 0,
      pilots: 1,
      applications: 1,
      appliedElsewhere: 0,
      scalings: 1,
      honours: 0,
      participants: 4,
      participantGroups: 2,
      activities: 1,
      audience: 40,
      programmeTags: 3,
    });
    expect(a.byProgramme.filter((p: any) => p.count)).toEqual([
      { programme: 'DIGITAL_TRANSFORMATION', count: 1 },
      { programme: 'NEW_RURAL', count: 1 },
      { programme: 'OCOP', count: 1 },
    ]);
    // The scaling at thon-b counts as spread for thon-a, not as an application at thon-b.
    expect(rowOf(b, 'thon-b').figures).toMatchObject({
      received: 1,
      eligible: 1,
      answered: 0,
      responseRate: 0,
      applications: 0,
      participants: 1,
      participantGroups: 1,
    });
    expect(rowOf(b, 'khe-ngang').figures).toMatchObject({
      received: 1,
      eligible: 1,
      answered: 1,
      responseRate: 1,
      accepted: 0,
      activities: 2,
      audience: 50,
    });
    // The merged unit is not ranked on its own.
    expect(rowOf(b, 'thon-cu')).toBeUndefined();
    expect(b.unitCount).toBe(4);
  });

  it('score the five criteria by the documented formulas and rank the units', async () => {
    const { scoreboard: b } = await gqlOk(BOARD, { p: Y2029 });
    const cells = (code: string) =>
      Object.fromEntries(rowOf(b, code).cells.map((c: any) => [c.criterion, [c.raw, c.score]]));
    // a) 4 proposers + 2 × 1 activity + 0.05 × 40 = 8; b) 2 + 2 × 1 = 4; c) 3 × 1 + 4 × 1 = 7;
    // d) 5 × 1 = 5; e) 3 programme tags.
    expect(cells('thon-a')).toEqual({
      PARTICIPATION: [8, 100],
      IDEAS: [4, 100],
      EFFECTIVENESS: [7, 100],
      SPREAD: [5, 100],
      IMPACT: [3, 100],
    });
    // a) 1 + 2 × 2 + 0.05 × 50 = 7.5 → 93.8 of 8; b) 1 → 25 of 4.
    expect(cells('khe-ngang')).toEqual({
      PARTICIPATION: [7.5, 93.8],
      IDEAS: [1, 25],
      EFFECTIVENESS: [0, 0],
      SPREAD: [0, 0],
      IMPACT: [0, 0],
    });
    expect(cells('thon-b')).toMatchObject({ PARTICIPATION: [1, 12.5], IDEAS: [1, 25] });
    expect(b.rows.map((r: any) => [r.rank, r.unitName, r.total])).toEqual([
      [1, 'Thôn Đồng Ánh', 100],
      [2, 'Thôn Khe Ngang', 23.8], // (93.8 + 25) / 5
      [3, 'Thôn Bãi Bằng', 7.5], // (12.5 + 25) / 5
      [4, 'Phòng Văn hóa – Xã hội', 0],
    ]);
    expect(b.formulas.find((f: any) => f.criterion === 'PARTICIPATION').formula).toContain(
      '2 × số hoạt động phong trào đã tổ chức',
    );
    expect(b.frozenAt).toBeNull();
  });

  it('weigh the criteria with the weights the commune sets', async () => {
    const set = await api.gql(
      'mutation ($w: [WeightInput!]!) { setScoreboardWeights(weights: $w) { criterion weight } }',
      {
        w: [
          { criterion: 'PARTICIPATION', weight: 60 },
          { criterion: 'IDEAS', weight: 10 },
          { criterion: 'EFFECTIVENESS', weight: 10 },
          { criterion: 'SPREAD', weight: 10 },
          { criterion: 'IMPACT', weight: 10 },
        ],
      },
      { token: hub },
    );
    expect(set.errors).toBeUndefined();
    const { scoreboard: b } = await gqlOk(BOARD, { p: Y2029 });
    expect(rowOf(b, 'khe-ngang').total).toBe(58.8); // (60 × 93.8 + 10 × 25) / 100
    expect(rowOf(b, 'thon-b').total).toBe(10); // (60 × 12.5 + 10 × 25) / 100
    const bad = await api.gql(
      'mutation ($w: [WeightInput!]!) { setScoreboardWeights(weights: $w) { criterion } }',
      { w: [{ criterion: 'IDEAS', weight: 120 }] },
      { token: hub },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const denied = await api.gql(
      'mutation ($w: [WeightInput!]!) { setScoreboardWeights(weights: $w) { criterion } }',
      { w: [{ criterion: 'IDEAS', weight: 50 }] },
      { token: headA },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('show the ideas behind a figure (drill-down)', async () => {
    const d = await gqlOk(
      `query ($p: PeriodInput!, $u: ID!, $m: FigureMetric!) {
        scoreboardIdeas(period: $p, unitId: $u, metric: $m) { id trackingCode title }
      }`,
      { p: Y2029, u: unit['thon-a'], m: 'RECEIVED' },
    );
    expect(d.scoreboardIdeas.map((i: any) => i.id).sort()).toEqual(
      [idea.A1, idea.A2, idea.A3, idea.M1].sort(),
    );
  });

  it('break the figures down by area type, field, participant group and month', async () => {
    const q = `query ($p: PeriodInput!, $by: KpiDimension!) {
      movementKpis(period: $p, by: $by) {
        rows { key label figures { received eligible answered } }
        total { received eligible answered responseRate }
      }
    }`;
    const area = (await gqlOk(q, { p: Y2029, by: 'AREA_TYPE' })).movementKpis;
    expect(area.total).toEqual({ received: 6, eligible: 4, answered: 2, responseRate: 0.5 });
    const row = (rows: any[], label: string) => rows.find((r) => r.label === label)?.figures;
    expect(row(area.rows, 'Nông thôn')).toEqual({ received: 4, eligible: 2, answered: 1 });
    expect(row(area.rows, 'Đặc biệt khó khăn')).toEqual({ received: 1, eligible: 1, answered: 1 });
    const groups = (await gqlOk(q, { p: Y2029, by: 'PARTICIPANT_GROUP' })).movementKpis;
    expect(row(groups.rows, 'Nông dân')).toMatchObject({ received: 2 });
    expect(row(groups.rows, 'Không cho biết')).toMatchObject({ received: 2 });
    const months = (await gqlOk(q, { p: Y2029, by: 'MONTH' })).movementKpis;
    expect(months.rows).toHaveLength(12);
    expect(row(months.rows, '03/2029')).toMatchObject({ received: 6 });
    // A unit head does not see the whole commune's table.
    const denied = await api.gql(q, { p: Y2029, by: 'UNIT' }, { token: headA });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the tables as files', () => {
  const get = (path: string, token: string) =>
    fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('download as CSV and XLSX with the same figures as the screens', async () => {
    const csv = await get('/movement/kpis.csv?year=2029&by=AREA_TYPE', hub);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark, so spreadsheets read the Vietnamese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Loại địa bàn,Ý tưởng tiếp nhận,/);
    expect(lines.find((l) => l.startsWith('Nông thôn,'))).toMatch(/^Nông thôn,4,2,1,/);
    expect(lines.at(-1)).toMatch(/^Cả xã,6,4,2,/);
    const xlsx = await get('/movement/scoreboard.xlsx?year=2029', hub);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Đơn vị');
    expect([ws.getRow(2).getCell(1).value, ws.getRow(2).getCell(2).value]).toEqual([
      1,
      'Thôn Đồng Ánh',
    ]);
    expect((await get('/movement/kpis.xlsx?year=2029&by=UNIT', headA)).status).toBe(403);
    expect((await get('/movement/kpis.pdf?year=2029&by=UNIT', hub)).status).toBe(404);
    expect((await get('/movement/kpis.csv?year=2029&by=WHATEVER', hub)).status).toBe(400);
  });
});

describe('targets', () => {
  const SET = `mutation ($i: TargetInput!) { setMovementTarget(input: $i) { id metric value } }`;
  const PROGRESS = `query ($p: PeriodInput!) {
    targetProgress(period: $p) { units { unit { code } items { metric target source actual share } } }
  }`;

  it('take defaults by unit kind and area, an override per unit, and never zero ideas', async () => {
    for (const i of [
      { year: 2029, unitKind: 'VILLAGE', metric: 'RECEIVED', value: 3 },
      {
        year: 2029,
        unitKind: 'VILLAGE',
        areaType: 'SPECIAL_DIFFICULTY',
        metric: 'RECEIVED',
        value: 1,
      },
      { year: 2029, unitId: unit['thon-b'], metric: 'RECEIVED', value: 2 },
      { year: 2029, metric: 'RESPONSE_RATE', value: 100 },
    ]) {
      const r = await api.gql(SET, { i }, { token: hub });
      expect(r.errors).toBeUndefined();
    }
    const zero = await api.gql(
      SET,
      { i: { year: 2029, areaType: 'SPECIAL_DIFFICULTY', metric: 'RECEIVED', value: 0 } },
      { token: hub },
    );
    expect(zero.errors?.[0]?.extensions?.fieldErrors?.value).toContain('ít nhất 1 ý tưởng');
    const progress = (await gqlOk(PROGRESS, { p: Y2029 })).targetProgress.units;
    const item = (code: string, metric: string) =>
      progress.find((u: any) => u.unit.code === code).items.find((i: any) => i.metric === metric);
    expect(item('thon-a', 'RECEIVED')).toEqual({
      metric: 'RECEIVED',
      target: 3,
      source: 'KIND',
      actual: 4,
      share: 4 / 3,
    });
    expect(item('khe-ngang', 'RECEIVED')).toMatchObject({
      target: 1,
      source: 'KIND_AND_AREA',
      actual: 1,
    });
    expect(item('thon-b', 'RECEIVED')).toMatchObject({
      target: 2,
      source: 'UNIT',
      actual: 1,
      share: 0.5,
    });
    expect(item('thon-a', 'RESPONSE_RATE')).toMatchObject({
      target: 100,
      source: 'COMMUNE',
      actual: 50,
    });
    expect(item('phong-vhxh', 'RECEIVED')).toMatchObject({
      target: null,
      source: null,
      share: null,
    });
  });

  it('show a unit head their own unit only, and refuse them setting targets', async () => {
    const mine = (await gqlOk(PROGRESS, { p: Y2029 }, headA)).targetProgress.units;
    expect(mine.map((u: any) => u.unit.code)).toEqual(['thon-a']);
    const denied = await api.gql(
      SET,
      { i: { year: 2029, unitId: unit['thon-a'], metric: 'RECEIVED', value: 1 } },
      { token: headA },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { scoreboard } = await gqlOk(BOARD, { p: Y2029 }, headA);
    expect(scoreboard.rows.map((r: any) => [r.unitName, r.rank])).toEqual([['Thôn Đồng Ánh', 1]]);
    expect(scoreboard.unitCount).toBe(4);
    const otherUnit = await activity('thon-b', '2029-05-02', 10, headA);
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a frozen scoreboard', () => {
  it('stays as it was when later data changes the live figures, and is frozen once', async () => {
    const frozen = await gqlOk(
      'mutation ($p: PeriodInput!) { freezeScoreboard(period: $p) { frozenAt frozenByName rows { unitName total } } }',
      { p: Y2029 },
    );
    expect(frozen.freezeScoreboard.frozenByName).toBe('Lê Thị Đầu Mối');
    const before = (await gqlOk(BOARD, { p: Y2029 })).scoreboard;
    // Later: thon-b gets two answered ideas and an activity; the weights change again.
    await later('2029-11-02T02:00:00Z');
    for (const key of ['B2', 'B3']) {
      await submitted(key, 'thon-b', 'giao-vien');
      await move(idea[key]!, 'ACCEPTED');
    }
    expect((await activity('thon-b', '2029-11-01', 300)).errors).toBeUndefined();
    await gqlOk(
      'mutation ($w: [WeightInput!]!) { setScoreboardWeights(weights: $w) { criterion } }',
      { w: [{ criterion: 'PARTICIPATION', weight: 20 }] },
    );
    const after = (await gqlOk(BOARD, { p: Y2029 })).scoreboard;
    expect(after).toEqual(before);
    expect(after.frozenAt).not.toBeNull();
    // The live figures did move.
    const live = await gqlOk(
      'query ($p: PeriodInput!) { movementKpis(period: $p, by: UNIT) { rows { key figures { received } } } }',
      { p: Y2029 },
    );
    expect(live.movementKpis.rows.find((r: any) => r.key === unit['thon-b']).figures.received).toBe(
      3,
    );
    const again = await api.gql(
      'mutation ($p: PeriodInput!) { freezeScoreboard(period: $p) { frozenAt } }',
      { p: Y2029 },
      { token: hub },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [audited] = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'SCOREBOARD_FROZEN'`,
    );
    expect(audited.n).toBe(1);
  });
});
