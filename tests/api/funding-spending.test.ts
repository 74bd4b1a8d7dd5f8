import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

const clock = new TestClock(new Date('2027-06-15T02:00:00Z'));
let api: TestApi;
let hub: string;

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
});
afterAll(() => api?.close());

const SPEND = `mutation ($i: SpendingInput!) { recordSpending(input: $i) { id amount } }`;
const ESTIMATE = `mutation ($y: Int!, $a: SpendingActivity!, $s: FundingSource!, $m: Float!) {
  setBudgetEstimate(year: $y, activity: $a, source: $s, amount: $m) { id amount } }`;

describe('the movement’s money (§VI)', () => {
  it('sums actual spending against estimates by activity, source and in all', async () => {
    for (const [a, s, m] of [
      ['PROPAGANDA', 'STATE_BUDGET', 10_000_000],
      ['PILOT', 'SOCIALISED', 30_000_000],
    ] as const)
      expect(
        (await api.gql(ESTIMATE, { y: 2027, a, s, m }, { token: hub })).errors,
      ).toBeUndefined();
    for (const i of [
      {
        spentOn: '2027-03-02',
        amount: 4_500_000,
        source: 'STATE_BUDGET',
        activity: 'PROPAGANDA',
        description: 'In tờ rơi phát động',
      },
      {
        spentOn: '2027-05-20',
        amount: 12_000_000,
        source: 'SOCIALISED',
        activity: 'PILOT',
        description: 'Vật tư thử nghiệm',
        documentNumber: '15/HĐ',
      },
      {
        spentOn: '2027-06-01',
        amount: 2_000_000,
        source: 'STATE_BUDGET',
        activity: 'COUNCIL',
        description: 'Họp Hội đồng tư vấn',
      },
    ])
      expect((await api.gql(SPEND, { i }, { token: hub })).errors).toBeUndefined();
    const future = await api.gql(
      SPEND,
      {
        i: {
          spentOn: '2027-07-01',
          amount: 1,
          source: 'OTHER',
          activity: 'OTHER',
          description: 'x',
        },
      },
      { token: hub },
    );
    expect(future.errors![0]!.extensions!.fieldErrors.spentOn).toContain('tương lai');
    const head = await api.login(TEST_STAFF.headA);
    expect(
      (
        await api.gql(
          SPEND,
          {
            i: {
              spentOn: '2027-03-02',
              amount: 1,
              source: 'OTHER',
              activity: 'OTHER',
              description: 'x',
            },
          },
          { token: head },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const totals = (
      await api.gql(
        '{ spendingTotals(from: "2027-01-01", to: "2027-12-31") { activity source estimate actual } }',
      )
    ).data!.spendingTotals as {
      activity: string | null;
      source: string | null;
      estimate: number;
      actual: number;
    }[];
    const find = (a: string | null, s: string | null) =>
      totals.find((x) => x.activity === a && x.source === s);
    expect(find(null, null)).toEqual({
      activity: null,
      source: null,
      estimate: 40_000_000,
      actual: 18_500_000,
    });
    expect(find('PILOT', null)).toMatchObject({ estimate: 30_000_000, actual: 12_000_000 });
    expect(find(null, 'STATE_BUDGET')).toMatchObject({ estimate: 10_000_000, actual: 6_500_000 });
    expect(find('COUNCIL', 'STATE_BUDGET')).toMatchObject({ estimate: 0, actual: 2_000_000 });
  });
});

describe('awards paid, vouchers, budget levels and the ledger', () => {
  it('pays an award under its decision, keeps the voucher, and shows the public no names', async () => {
    const t = await Triage.create(api, hub);
    const ideaId = await t.ideaIn('APPLIED');
    const proposed = await api.gql(
      `mutation ($i: AwardInput!) { proposeAward(input: $i) { id } }`,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'INDIVIDUAL',
          recipientName: 'Nguyễn Thị Thưởng',
          achievement: 'Tác giả ý tưởng được ứng dụng.',
          ideaIds: [ideaId],
        },
      },
      { token: hub },
    );
    const awardId = proposed.data!.proposeAward.id;
    const pay = (extra: Record<string, unknown>) =>
      api.gql(
        `mutation ($i: SpendingInput!) { recordSpending(input: $i) { id documentNumber awardDecision budgetLevel unit { id } fileId } }`,
        {
          i: {
            spentOn: '2027-06-10',
            amount: 1_200_000,
            source: 'STATE_BUDGET',
            activity: 'AWARD',
            description: 'Chi thưởng theo quyết định',
            awardId,
            ...extra,
          },
        },
        { token: hub },
      );
    // Not decided yet: nothing to pay.
    const early = await pay({});
    expect(early.errors![0]!.extensions!.fieldErrors.awardId).toMatch(/quyết định/);
    await api.gql(
      `mutation ($id: ID!) { decideAward(id: $id, decisionNumber: "12/QĐ-UBND", decisionDate: "2027-06-01") { status } }`,
      { id: awardId },
      { token: hub },
    );
    const wrong = await pay({ activity: 'PILOT' });
    expect(wrong.errors![0]!.extensions!.fieldErrors.activity).toBeTruthy();
    const level = await pay({ source: 'SOCIALISED', budgetLevel: 'COMMUNE' });
    expect(level.errors![0]!.extensions!.fieldErrors.budgetLevel).toBeTruthy();
    const voucher = await api.upload('phieu-chi.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), {
      token: hub,
      kind: 'SPENDING_DOCUMENT',
    });
    expect(voucher.status).toBe(201);
    const paid = await pay({ budgetLevel: 'COMMUNE', fileId: voucher.body.id });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordSpending).toMatchObject({
      documentNumber: '12/QĐ-UBND',
      awardDecision: '12/QĐ-UBND',
      budgetLevel: 'COMMUNE',
      fileId: voucher.body.id,
    });
    // The same voucher cannot be used twice.
    const twice = await pay({ budgetLevel: 'COMMUNE', fileId: voucher.body.id });
    expect(twice.errors![0]!.extensions!.fieldErrors.fileId).toBeTruthy();

    const pub = await api.gql(
      `{ awardPayments(from: "2027-01-01", to: "2027-12-31") { decisionNumber decisionDate paidOn amount form }
         spendingByLevel(from: "2027-01-01", to: "2027-12-31") { level amount } }`,
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.awardPayments).toEqual([
      {
        decisionNumber: '12/QĐ-UBND',
        decisionDate: '2027-06-01',
        paidOn: '2027-06-10',
        amount: 1_200_000,
        form: 'COMMUNE_CERTIFICATE',
      },
    ]);
    expect(JSON.stringify(pub.data)).not.toContain('Thưởng');
    expect(pub.data!.spendingByLevel).toEqual([
      { level: 'COMMUNE', amount: 1_200_000 },
      { level: null, amount: 6_500_000 },
    ]);
    const bad = await api.gql(
      `{ spendingByLevel(from: "2027-12-31", to: "2027-01-01") { amount } }`,
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lists the ledger for the hub alone and removes a line recorded by mistake', async () => {
    const LEDGER = `{ spendingLines(from: "2027-01-01", to: "2027-12-31") { id amount activity description } }`;
    const head = await api.login(TEST_STAFF.headA);
    expect((await api.gql(LEDGER, {}, { token: head })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    const lines = (await api.gql(LEDGER, {}, { token: hub })).data!.spendingLines;
    expect(lines[0].amount).toBe(1_200_000);
    const mistake = lines.find((l: any) => l.description === 'Họp Hội đồng tư vấn');
    const removed = await api.gql(
      `mutation ($id: ID!) { removeSpendingLine(id: $id) }`,
      { id: mistake.id },
      { token: hub },
    );
    expect(removed.data!.removeSpendingLine).toBe(true);
    const after = (await api.gql(LEDGER, {}, { token: hub })).data!.spendingLines;
    expect(after.map((l: any) => l.id)).not.toContain(mistake.id);
    const again = await api.gql(
      `mutation ($id: ID!) { removeSpendingLine(id: $id) }`,
      { id: mistake.id },
      { token: hub },
    );
    expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
