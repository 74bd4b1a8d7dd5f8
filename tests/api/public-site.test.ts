import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { ideaInput, submitIdea } from '../helpers/factories.js';
import { Triage } from '../helpers/triage.js';

let api: TestApi;
let hub: string;
let t: Triage;
const clock = new TestClock(new Date('2026-06-01T01:00:00Z'));
const DAY = 86_400_000;

const STATS = `query ($c: ID) { transparencyStats(campaignId: $c) {
  generatedAt published units unitsWithReceptionPoint
  totals { received eligible answered responseRate piloted applied scaled }
  responseTime { medianHours averageHours p90Hours waiting buckets { fromDays toDays count } }
  byUnit { unitId name kind areaType hasReceptionPoint received eligible answered responseRate piloted }
  withoutUnit { received answered }
  byAreaType { areaType units unitsWithIdeas received answered responseRate }
  byStage { status count }
  byField { fieldId name count }
  byMonth { month received answered }
  funding { total pilots bySource { source amount pilots } }
} }`;

const ids: Record<string, string> = {};

beforeAll(async () => {
  // Sessions outlive the months this test's clock moves through.
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 365 } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub); // submits one idea without a unit (31/05 → 01/06)
  const thonA = t.cat.unit('thon-a');
  const thonB = t.cat.unit('thon-b');

  // Village A: one idea answered after two days, one still waiting.
  clock.set('2026-06-10T01:00:00Z');
  ids.answered = (await t.newIdea({ unitId: thonA, title: 'Ý tưởng thôn A được trả lời' })).id;
  clock.advance(2 * DAY);
  await t.move(ids.answered, 'ACCEPTED');
  clock.set('2026-07-05T01:00:00Z');
  ids.waiting = (await t.newIdea({ unitId: thonA, title: 'Ý tưởng thôn A đang chờ' })).id;
  // Village B (mountain): an idea taken to a pilot with a 5,000,000 đ socialised budget.
  clock.set('2026-07-06T01:00:00Z');
  const piloted = await t.newIdea({ unitId: thonB, title: 'Ý tưởng thôn B đang thử nghiệm' });
  await t.establishRights(piloted.id);
  for (const step of ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING'] as const) {
    const r = await t.move(piloted.id, step);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
  ids.piloted = piloted.id;
  // Another commune's idea must never be counted here.
  const other = await api.gql<{ fields: { id: string }[] }>(
    '{ fields { id } }',
    {},
    {
      tenant: '16231',
    },
  );
  const r = await api.gql(
    'mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode } }',
    { input: ideaInput(other.data!.fields[0]!.id, { title: 'Ý tưởng của xã khác' }) },
    { tenant: '16231' },
  );
  expect(r.errors).toBeUndefined();
});
afterAll(() => api?.close());

describe('transparency statistics', () => {
  it('are public and count every idea of the commune by unit, area type and stage', async () => {
    const r = await api.gql(STATS, {});
    expect(r.errors).toBeUndefined();
    const s = r.data!.transparencyStats;
    expect(s.totals).toEqual({
      received: 4,
      eligible: 4,
      answered: 2,
      responseRate: 0.5,
      piloted: 1,
      applied: 0,
      scaled: 0,
    });
    const a = s.byUnit.find((u: any) => u.name === 'Thôn Đồng Ánh');
    expect(a).toMatchObject({ kind: 'VILLAGE', areaType: 'RURAL', received: 2, answered: 1 });
    expect(a.responseRate).toBe(0.5);
    expect(a.hasReceptionPoint).toBe(true);
    const b = s.byUnit.find((u: any) => u.name === 'Thôn Bãi Bằng');
    expect(b).toMatchObject({ areaType: 'MOUNTAIN', received: 1, answered: 1, piloted: 1 });
    // Units with no idea are listed too, so a quiet unit shows as zero rather than disappearing.
    expect(s.byUnit.find((u: any) => u.name === 'Phòng Văn hóa – Xã hội')).toMatchObject({
      received: 0,
      responseRate: null,
      hasReceptionPoint: false,
    });
    expect(s.withoutUnit).toEqual({ received: 1, answered: 0 });
    expect(s.byAreaType).toEqual([
      expect.objectContaining({ areaType: 'URBAN', units: 1, unitsWithIdeas: 0, received: 0 }),
      expect.objectContaining({ areaType: 'RURAL', units: 1, unitsWithIdeas: 1, received: 2 }),
      expect.objectContaining({ areaType: 'MOUNTAIN', units: 1, unitsWithIdeas: 1, received: 1 }),
    ]);
    expect(s.units).toBe(3);
    expect(s.unitsWithReceptionPoint).toBe(2);
    const stage = Object.fromEntries(s.byStage.map((x: any) => [x.status, x.count]));
    expect(stage).toMatchObject({ SUBMITTED: 2, ACCEPTED: 1, PILOTING: 1, SCALED: 0 });
    expect(s.byStage).toHaveLength(14);
    expect(s.byField.find((f: any) => f.name === 'Môi trường').count).toBe(4);
    expect(s.byMonth).toEqual([
      { month: '2026-06', received: 2, answered: 1 },
      { month: '2026-07', received: 2, answered: 1 },
    ]);
  });

  it('measures response times and groups them in day ranges', async () => {
    const s = (await api.gql(STATS, {})).data!.transparencyStats;
    // Two answered ideas: after 48 h, and the piloted one on the day it was received (0 h).
    expect(s.responseTime.medianHours).toBe(24);
    expect(s.responseTime.averageHours).toBe(24);
    expect(s.responseTime.waiting).toBe(2);
    expect(s.responseTime.buckets).toEqual([
      { fromDays: 0, toDays: 1, count: 1 },
      { fromDays: 1, toDays: 3, count: 1 },
      { fromDays: 3, toDays: 7, count: 0 },
      { fromDays: 7, toDays: 15, count: 0 },
      { fromDays: 15, toDays: 30, count: 0 },
      { fromDays: 30, toDays: null, count: 0 },
    ]);
  });

  it('sums pilot budgets by funding source', async () => {
    const s = (await api.gql(STATS, {})).data!.transparencyStats;
    expect(s.funding).toEqual({
      total: 5_000_000,
      pilots: 1,
      bySource: [{ source: 'SOCIALISED', amount: 5_000_000, pilots: 1 }],
    });
  });

  it('counts only the commune asked for', async () => {
    const s = (await api.gql(STATS, {}, { tenant: '16231' })).data!.transparencyStats;
    expect(s.totals.received).toBe(1);
    expect(s.funding.total).toBe(0);
    expect(s.byUnit.every((u: any) => u.name !== 'Thôn Đồng Ánh' || u.received === 0)).toBe(true);
  });

  it('can be limited to one campaign', async () => {
    const { currentCampaign } = (await api.gql('{ currentCampaign { id } }')).data!;
    const s = (await api.gql(STATS, { c: currentCampaign.id })).data!.transparencyStats;
    expect(s.totals.received).toBe(4);
    const none = (await api.gql(STATS, { c: '00000000-0000-4000-8000-000000000000' })).data!
      .transparencyStats;
    expect(none.totals.received).toBe(0);
  });

  it('carries no personal data', async () => {
    // Ids are random: one may contain "0912" by chance (it did, once in a CI run).
    const body = JSON.stringify((await api.gql(STATS, {})).data).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<id>',
    );
    expect(body).not.toMatch(/Nguyễn Thị Thử|@example\.com|0912/);
  });

  it('costs the same handful of SQL statements however many units and ideas there are', async () => {
    await api.gql('{ fields { id } }'); // warm the tenant cache
    api.resetQueries();
    await api.gql(STATS, {});
    const before = api.queries.length;
    for (let i = 0; i < 5; i++) {
      await submitIdea(api, ideaInput(t.cat.field('y-te'), { unitId: t.cat.unit('thon-b') }));
    }
    api.resetQueries();
    await api.gql(STATS, {});
    expect(api.queries.length).toBe(before);
    // totals, units, stages, fields, months, funding, proposers: one statement each.
    expect(before).toBeLessThanOrEqual(7);
  });
});

describe('the public gallery filters', () => {
  const LIST = `query ($w: IdeaWhereInput, $o: IdeaOrderByInput) {
    ideas(first: 50, where: $w, orderBy: $o) { totalCount nodes { id title honouredAt honourCitation } }
  }`;
  let honouredId = '';
  let plainId = '';

  beforeAll(async () => {
    for (const title of ['Ý tưởng được vinh danh', 'Ý tưởng công khai không vinh danh']) {
      clock.advance(DAY);
      const { id } = await t.newIdea({ title });
      await t.establishRights(id);
      const p = await api.gql(
        'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
        { id },
        { token: hub },
      );
      expect(p.errors).toBeUndefined();
      if (title.includes('không')) plainId = id;
      else honouredId = id;
    }
    const h = await api.gql(
      'mutation ($id: ID!) { honourIdea(ideaId: $id, honoured: true, citation: "Tiêu biểu") { id } }',
      { id: honouredId },
      { token: hub },
    );
    expect(h.errors).toBeUndefined();
  });

  it('lists honoured ideas, newest honour first, for everyone', async () => {
    const r = await api.gql(LIST, {
      w: { honoured: true },
      o: { field: 'HONOURED_AT', direction: 'DESC' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ideas.nodes.map((n: any) => n.id)).toEqual([honouredId]);
    expect(r.data!.ideas.nodes[0].honourCitation).toBe('Tiêu biểu');
    const not = await api.gql(LIST, { w: { honoured: false } });
    expect(not.data!.ideas.nodes.map((n: any) => n.id)).toEqual([plainId]);
  });

  it('filters by the year an idea was received, in Vietnam time', async () => {
    expect((await api.gql(LIST, { w: { year: 2026 } })).data!.ideas.totalCount).toBe(2);
    expect((await api.gql(LIST, { w: { year: 2025 } })).data!.ideas.totalCount).toBe(0);
    const bad = await api.gql(LIST, { w: { year: 99 } });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('counts honoured ideas on the home page counters', async () => {
    const r = await api.gql('{ ideaCounters { published honoured } }');
    expect(r.data!.ideaCounters).toEqual({ published: 2, honoured: 1 });
  });
});

describe('public campaign and recognition details', () => {
  it('shows the councils of a campaign with their members, without accounts or contacts', async () => {
    const r = await api.gql(`{ currentCampaign { code councils {
      name decisionNumber decisionDate signer termStart termEnd quorum
      members { fullName role roleLabel title external }
    } } }`);
    expect(r.errors).toBeUndefined();
    const [council] = r.data!.currentCampaign.councils;
    expect(council).toMatchObject({
      name: 'Hội đồng tư vấn thử nghiệm',
      decisionNumber: '01/QĐ-UBND',
    });
    expect(council.members[0]).toMatchObject({ role: 'CHAIR', roleLabel: 'Chủ tịch Hội đồng' });
    expect(council.members).toHaveLength(4);
    expect(JSON.stringify(r.data)).not.toMatch(/@test\.example/);
    const byCode = await api.gql('query ($c: String!) { campaign(code: $c) { title } }', {
      c: r.data!.currentCampaign.code,
    });
    expect(byCode.data!.campaign.title).toMatch(/Khơi dậy tiềm năng/);
  });

  it('shows a decided award on the idea without the recipient or the prize money', async () => {
    const id = await t.ideaIn('APPLIED');
    await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
      {
        id,
      },
      { token: hub },
    );
    const proposed = await api.gql(
      `mutation ($i: AwardInput!) { proposeAward(input: $i) { id } }`,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'INDIVIDUAL',
          recipientName: 'Nguyễn Thị Thử',
          achievement: 'Ý tưởng được ứng dụng.',
          ideaIds: [id],
        },
      },
      { token: hub },
    );
    expect(proposed.errors).toBeUndefined();
    const AWARDS =
      'query ($id: ID!) { idea(id: $id) { awards { form formLabel decisionNumber decisionDate recipientKind } } }';
    expect((await api.gql(AWARDS, { id })).data!.idea.awards).toEqual([]);
    const decided = await api.gql(
      'mutation ($id: ID!) { decideAward(id: $id, decisionNumber: "45/QĐ-UBND", decisionDate: "2026-07-20") { id } }',
      { id: proposed.data!.proposeAward.id },
      { token: hub },
    );
    expect(decided.errors).toBeUndefined();
    const r = await api.gql(AWARDS, { id });
    expect(r.data!.idea.awards).toEqual([
      {
        form: 'COMMUNE_CERTIFICATE',
        formLabel: 'Giấy khen của Chủ tịch UBND xã',
        decisionNumber: '45/QĐ-UBND',
        decisionDate: '2026-07-20',
        recipientKind: 'INDIVIDUAL',
      },
    ]);
    expect(JSON.stringify(r.data)).not.toMatch(/Nguyễn Thị Thử/);
  });
});
