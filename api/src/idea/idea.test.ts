import { describe, expect, it } from 'vitest';
import { normalizeTrackingCode, receiptDigest } from './receipt.digest.js';
import { canTransition, TRANSITIONS } from './idea.workflow.js';
import { IdeaStatus } from './idea.enums.js';

describe('receipts', () => {
  it('reads tracking codes as people type them', () => {
    expect(normalizeTrackingCode('kn 7f3k 9qmd')).toBe('KN-7F3K-9QMD');
    expect(normalizeTrackingCode('KN-7F3K-9QMO')).toBe('KN-7F3K-9QM0');
  });
  it('digests the same content to the same value, whatever the Unicode form', () => {
    const base = {
      trackingCode: 'KN-0000-0001',
      receivedAt: new Date('2026-05-01T00:00:00Z'),
      campaignId: 'c',
      title: 'Hoá đơn',
      problem: 'p',
      solution: 's',
      benefit: 'b',
      requirements: null,
      fieldIds: ['b', 'a'],
      maturity: 'PRELIMINARY',
      authorName: 'An',
    };
    const nfd = { ...base, title: base.title.normalize('NFD'), fieldIds: ['a', 'b'] };
    expect(receiptDigest(nfd)).toBe(receiptDigest(base));
    expect(receiptDigest({ ...base, title: 'Hoá đơn điện tử' })).not.toBe(receiptDigest(base));
  });
});

describe('the life of an idea', () => {
  it('allows only the transitions of PRODUCT.md §3', () => {
    expect(canTransition(IdeaStatus.SUBMITTED, IdeaStatus.ACCEPTED)).toBe(true);
    expect(canTransition(IdeaStatus.SUBMITTED, IdeaStatus.PILOTING)).toBe(false);
    expect(canTransition(IdeaStatus.UNDER_REVIEW, IdeaStatus.IN_SUPPORT)).toBe(true);
    for (const closed of [
      IdeaStatus.DUPLICATE,
      IdeaStatus.SCALED,
      IdeaStatus.ARCHIVED,
      IdeaStatus.WITHDRAWN,
    ]) {
      expect(TRANSITIONS[closed]).toEqual([]);
    }
  });
});
