import { describe, expect, it } from 'vitest';
import { computeResult, prizeAmount, type CriterionDef, type Sheet } from './review.result.js';
import { ConclusionRule, VoteChoice } from './council.enums.js';

const criteria: CriterionDef[] = [
  { id: 'a', code: 'tinh-moi', name: 'Tính mới', weight: 30, scaleMax: 10 },
  { id: 'b', code: 'kha-thi', name: 'Tính khả thi', weight: 50, scaleMax: 10 },
  { id: 'c', code: 'hieu-qua', name: 'Hiệu quả', weight: 20, scaleMax: 5 },
];
const sheet = (
  memberId: string,
  scores: [number, number, number] | null,
  extra: Partial<Sheet> = {},
): Sheet => ({
  memberId,
  conflict: false,
  submitted: scores !== null,
  vote: null,
  scores: scores ? { a: scores[0], b: scores[1], c: scores[2] } : {},
  ...extra,
});

describe('the council result', () => {
  it('matches a hand-computed weighted mean over non-recused members who submitted', () => {
    const sheets = [
      sheet('m1', [8, 6, 4]),
      sheet('m2', [6, 8, 5]),
      sheet('m3', [10, 7, 3]),
      sheet('m4', [1, 1, 1], { conflict: true, submitted: true }), // recused: ignored
      sheet('m5', [2, 2, 2], { submitted: false }), // not submitted: ignored
    ];
    const r = computeResult(criteria, sheets, {
      quorum: 3,
      rule: ConclusionRule.SCORE,
      scoreThreshold: 70,
    });
    // means: a = 8, b = 7, c = 4 → 30·0.8 + 50·0.7 + 20·0.8 = 24 + 35 + 16 = 75 of 100
    expect(r.criteria.map((c) => c.mean)).toEqual([8, 7, 4]);
    expect(r.score).toBe(75);
    expect(r.criteria[0]).toMatchObject({ min: 6, max: 10, stddev: 1.63 });
    expect(r).toMatchObject({
      members: 5,
      recused: 1,
      eligible: 4,
      submitted: 3,
      quorumReached: true,
      meetsRule: true,
    });
  });

  it('gives no score before the quorum has submitted', () => {
    const r = computeResult(criteria, [sheet('m1', [8, 6, 4]), sheet('m2', null)], {
      quorum: 2,
      rule: ConclusionRule.SCORE,
      scoreThreshold: 50,
    });
    expect(r.quorumReached).toBe(false);
    expect(r.score).toBeNull();
    expect(r.meetsRule).toBe(false);
  });

  it('passes a vote with at least two thirds of the members entitled to vote', () => {
    const voters = (forCount: number, total: number) =>
      Array.from({ length: total }, (_, i) =>
        sheet(`m${i}`, [5, 5, 3], { vote: i < forCount ? VoteChoice.FOR : VoteChoice.AGAINST }),
      );
    const rule = { quorum: 1, rule: ConclusionRule.VOTE, scoreThreshold: 0 };
    expect(computeResult(criteria, voters(4, 6), rule).votePasses).toBe(true);
    expect(computeResult(criteria, voters(3, 5), rule).votePasses).toBe(false);
    expect(computeResult(criteria, voters(2, 3), rule).votePasses).toBe(true);
    expect(computeResult(criteria, voters(4, 7), rule).votePasses).toBe(false);
    const withRecused = [...voters(2, 3), sheet('x', null, { conflict: true, vote: null })];
    expect(computeResult(criteria, withRecused, rule).votePasses).toBe(true);
  });

  it('needs both score and vote under the combined rule', () => {
    const sheets = [
      sheet('m1', [10, 10, 5], { vote: VoteChoice.FOR }),
      sheet('m2', [10, 10, 5], { vote: VoteChoice.AGAINST }),
    ];
    const r = computeResult(criteria, sheets, {
      quorum: 2,
      rule: ConclusionRule.SCORE_AND_VOTE,
      scoreThreshold: 70,
    });
    expect(r.score).toBe(100);
    expect(r.votePasses).toBe(false);
    expect(r.meetsRule).toBe(false);
  });
});

describe('prize money', () => {
  it('is coefficient × base salary rounded up to the next 10,000 đồng', () => {
    expect(prizeAmount(0.15, 2_340_000)).toBe(360_000); // 351,000 → 360,000
    expect(prizeAmount(0.3, 2_340_000)).toBe(710_000); // 702,000 → 710,000
    expect(prizeAmount(0.8, 2_340_000)).toBe(1_880_000); // 1,872,000 → 1,880,000
    expect(prizeAmount(0.5, 2_340_000)).toBe(1_170_000); // exact: unchanged
    expect(prizeAmount(1, 1_800_000)).toBe(1_800_000);
  });
});
