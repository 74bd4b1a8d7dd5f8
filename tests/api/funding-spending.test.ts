import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';

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
