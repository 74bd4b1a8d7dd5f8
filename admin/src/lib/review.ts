import type { ConclusionRule } from '$lib/gql/graphql';
import { formatDecimal } from './indicators';

/** Where a member stands on one review, as shown in their queue. */
export type MyReviewState = 'TO_DECLARE' | 'SCORING' | 'SUBMITTED' | 'RECUSED';

export const MY_REVIEW_STATE: Record<MyReviewState, string> = {
  TO_DECLARE: 'Cần kê khai xung đột lợi ích',
  SCORING: 'Đang chấm',
  SUBMITTED: 'Đã nộp phiếu',
  RECUSED: 'Không tham gia (xung đột lợi ích)',
};

/** The member's state from `Review.me` (null when the viewer does not sit on the council). */
export function myReviewState(
  me: { conflict: boolean | null; submittedAt: string | null } | null | undefined,
): MyReviewState | null {
  if (!me) return null;
  if (me.conflict === null) return 'TO_DECLARE';
  if (me.conflict) return 'RECUSED';
  return me.submittedAt ? 'SUBMITTED' : 'SCORING';
}

/** The reviews before and after `id` in the member's queue ("ý tưởng trước/sau"). */
export function neighbours<T extends { id: string }>(
  queue: readonly T[],
  id: string,
): { previous: T | null; next: T | null; position: number; total: number } {
  const i = queue.findIndex((r) => r.id === id);
  if (i < 0) return { previous: null, next: null, position: 0, total: queue.length };
  return {
    previous: queue[i - 1] ?? null,
    next: queue[i + 1] ?? null,
    position: i + 1,
    total: queue.length,
  };
}

/** Whether the council's rule asks the members for a vote. */
export function ruleNeedsVote(rule: ConclusionRule): boolean {
  return rule !== 'SCORE';
}

/** Whether the council's rule looks at the weighted score. */
export function ruleNeedsScore(rule: ConclusionRule): boolean {
  return rule !== 'VOTE';
}

/** Votes in favour needed to pass: at least two thirds of the members entitled to vote. */
export function votesNeeded(eligible: number): number {
  return eligible > 0 ? Math.ceil((2 * eligible) / 3) : 0;
}

export type ScoreReading = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * A score as typed: empty (not scored yet), or a number from 0 to the scale's maximum in steps of
 * 0.5; a decimal comma ("7,5") is read like a point.
 */
export function readScore(text: string | null | undefined, scaleMax: number): ScoreReading {
  const s = (text ?? '').trim().replace(',', '.');
  if (!s) return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, error: 'Điểm phải là một số.' };
  const value = Number(s);
  if (value > scaleMax) return { ok: false, error: `Điểm từ 0 đến ${scaleMax}.` };
  if (Math.round(value * 2) !== value * 2)
    return { ok: false, error: 'Điểm chấm theo bước 0,5 (ví dụ 7 hoặc 7,5).' };
  return { ok: true, value };
}

/**
 * One member's sheet converted to the 100-point scale, weighted as the council's result is; null
 * until every criterion has a score.
 */
export function sheetScore(
  criteria: readonly { id: string; weight: number; scaleMax: number }[],
  values: Readonly<Record<string, number | null | undefined>>,
): number | null {
  const total = criteria.reduce((a, c) => a + c.weight, 0);
  if (!criteria.length || total <= 0) return null;
  let sum = 0;
  for (const c of criteria) {
    const v = values[c.id];
    if (typeof v !== 'number') return null;
    sum += c.weight * (v / c.scaleMax);
  }
  return Math.round((sum / total) * 10_000) / 100;
}

/** A score or mean the Vietnamese way: "7,5", "—" when there is none. */
export function formatScore(n: number | null | undefined, digits = 2): string {
  return formatDecimal(n, digits);
}
