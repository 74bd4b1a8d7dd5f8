/**
 * The council's result, computed from the sheets (pure, so a hand-computed example can check it):
 * per criterion the mean over the members who submitted and were not recused, with its spread;
 * the weighted score on a 100-point scale; the vote and the 2/3 rule; whether the council's rule
 * for recommending a pilot is met.
 */
import { ConclusionRule, VoteChoice } from './council.enums.js';

export interface CriterionDef {
  id: string;
  code: string;
  name: string;
  weight: number;
  scaleMax: number;
}

export interface Sheet {
  memberId: string;
  conflict: boolean | null;
  submitted: boolean;
  vote: VoteChoice | null;
  scores: Record<string, number>; // criterion id → value
}

export interface CriterionResult {
  criterion: CriterionDef;
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation: how far members disagree. */
  stddev: number | null;
}

export interface ReviewResult {
  members: number;
  recused: number;
  undeclared: number;
  eligible: number;
  submitted: number;
  quorum: number;
  quorumReached: boolean;
  criteria: CriterionResult[];
  /** Weighted mean on a 0–100 scale, once the quorum has submitted. */
  score: number | null;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** At least two thirds of the members entitled to vote (not recused) voted for. */
  votePasses: boolean;
  threshold: number;
  rule: ConclusionRule;
  meetsRule: boolean;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function computeResult(
  criteria: CriterionDef[],
  sheets: Sheet[],
  council: { quorum: number; rule: ConclusionRule; scoreThreshold: number },
): ReviewResult {
  const eligibleSheets = sheets.filter((s) => s.conflict === false);
  const counted = eligibleSheets.filter((s) => s.submitted);
  const quorumReached = counted.length >= council.quorum;
  const perCriterion: CriterionResult[] = criteria.map((c) => {
    const values = counted
      .map((s) => s.scores[c.id])
      .filter((v): v is number => typeof v === 'number');
    if (!values.length)
      return { criterion: c, count: 0, mean: null, min: null, max: null, stddev: null };
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
    return {
      criterion: c,
      count: values.length,
      mean: round(mean),
      min: Math.min(...values),
      max: Math.max(...values),
      stddev: round(Math.sqrt(variance)),
    };
  });
  let score: number | null = null;
  const totalWeight = criteria.reduce((a, c) => a + c.weight, 0);
  if (quorumReached && totalWeight > 0 && perCriterion.every((r) => r.mean !== null)) {
    const weighted = perCriterion.reduce(
      (a, r) => a + r.criterion.weight * (r.mean! / r.criterion.scaleMax),
      0,
    );
    score = round((weighted / totalWeight) * 100);
  }
  const votesFor = eligibleSheets.filter((s) => s.vote === VoteChoice.FOR).length;
  const votesAgainst = eligibleSheets.filter((s) => s.vote === VoteChoice.AGAINST).length;
  const abstentions = eligibleSheets.filter((s) => s.vote === VoteChoice.ABSTAIN).length;
  // 3·for ≥ 2·eligible avoids rounding: 4 of 6 passes, 3 of 5 does not.
  const votePasses = eligibleSheets.length > 0 && 3 * votesFor >= 2 * eligibleSheets.length;
  const scoreOk = score !== null && score >= council.scoreThreshold;
  const meetsRule =
    quorumReached &&
    (council.rule === ConclusionRule.SCORE
      ? scoreOk
      : council.rule === ConclusionRule.VOTE
        ? votePasses
        : scoreOk && votePasses);
  return {
    members: sheets.length,
    recused: sheets.filter((s) => s.conflict === true).length,
    undeclared: sheets.filter((s) => s.conflict === null).length,
    eligible: eligibleSheets.length,
    submitted: counted.length,
    quorum: council.quorum,
    quorumReached,
    criteria: perCriterion,
    score,
    votesFor,
    votesAgainst,
    abstentions,
    votePasses,
    threshold: council.scoreThreshold,
    rule: council.rule,
    meetsRule,
  };
}

/** Prize money: coefficient × base salary, rounded up to the next 10,000 đồng. */
export function prizeAmount(coefficient: number, baseSalary: number): number {
  // Integer arithmetic on hundredths of a coefficient avoids 0.15 × 2,340,000 = 350,999.99…
  const exact = Math.round(coefficient * 10_000) * baseSalary;
  return Math.ceil(exact / 10_000 / 10_000) * 10_000;
}
