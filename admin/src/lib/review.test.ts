import { describe, expect, it } from 'vitest';
import {
  formatScore,
  myReviewState,
  neighbours,
  readScore,
  ruleNeedsVote,
  sheetScore,
  votesNeeded,
} from './review';

describe('a member’s place in a review', () => {
  it('goes from declaring to scoring to submitted, or stops when recused', () => {
    expect(myReviewState(null)).toBeNull();
    expect(myReviewState({ conflict: null, submittedAt: null })).toBe('TO_DECLARE');
    expect(myReviewState({ conflict: false, submittedAt: null })).toBe('SCORING');
    expect(myReviewState({ conflict: false, submittedAt: '2026-08-01T02:00:00Z' })).toBe(
      'SUBMITTED',
    );
    expect(myReviewState({ conflict: true, submittedAt: null })).toBe('RECUSED');
  });

  it('finds the previous and next idea of the queue', () => {
    const q = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(q, 'a')).toEqual({
      previous: null,
      next: { id: 'b' },
      position: 1,
      total: 3,
    });
    expect(neighbours(q, 'c')).toMatchObject({ previous: { id: 'b' }, next: null, position: 3 });
    expect(neighbours(q, 'x')).toEqual({ previous: null, next: null, position: 0, total: 3 });
  });
});

describe('scores as typed', () => {
  it('accepts half points up to the scale, with a decimal comma or point', () => {
    expect(readScore('', 10)).toEqual({ ok: true, value: null });
    expect(readScore('7,5', 10)).toEqual({ ok: true, value: 7.5 });
    expect(readScore(' 8 ', 10)).toEqual({ ok: true, value: 8 });
    expect(readScore('0', 5)).toEqual({ ok: true, value: 0 });
  });

  it('refuses what the council’s scale does not allow', () => {
    expect(readScore('11', 10)).toEqual({ ok: false, error: 'Điểm từ 0 đến 10.' });
    expect(readScore('7,25', 10).ok).toBe(false);
    expect(readScore('-1', 10).ok).toBe(false);
    expect(readScore('bảy', 10).ok).toBe(false);
  });

  it('converts a full sheet to 100 points with the weights, like the council’s result', () => {
    const criteria = [
      { id: 'a', weight: 30, scaleMax: 10 },
      { id: 'b', weight: 50, scaleMax: 10 },
      { id: 'c', weight: 20, scaleMax: 5 },
    ];
    // 30·0.8 + 50·0.7 + 20·0.8 = 24 + 35 + 16 = 75
    expect(sheetScore(criteria, { a: 8, b: 7, c: 4 })).toBe(75);
    expect(sheetScore(criteria, { a: 8, b: 7 })).toBeNull();
    expect(sheetScore([], {})).toBeNull();
  });

  it('prints scores with a decimal comma', () => {
    expect(formatScore(7.5)).toBe('7,5');
    expect(formatScore(66.667)).toBe('66,67');
    expect(formatScore(null)).toBe('—');
  });
});

describe('the two-thirds rule', () => {
  it('needs at least two thirds of the members entitled to vote', () => {
    expect(votesNeeded(3)).toBe(2);
    expect(votesNeeded(4)).toBe(3);
    expect(votesNeeded(5)).toBe(4);
    expect(votesNeeded(6)).toBe(4);
    expect(votesNeeded(0)).toBe(0);
    expect(ruleNeedsVote('SCORE')).toBe(false);
    expect(ruleNeedsVote('SCORE_AND_VOTE')).toBe(true);
  });
});
