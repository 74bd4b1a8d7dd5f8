import { describe, expect, it } from 'vitest';
import { cleanText, foldVietnamese, normalizePhone, searchTerms, viCollator } from './text.js';
import { normalizeTrackingCode, receiptDigest } from '../idea/receipt.digest.js';
import { canTransition, TRANSITIONS } from '../idea/idea.workflow.js';
import { IdeaStatus } from '../idea/idea.enums.js';

describe('Vietnamese text', () => {
  it('folds accents and đ for search', () => {
    expect(foldVietnamese('Ý TƯỞNG SỐ HÓA – Đường Hoá')).toBe('y tuong so hoa – duong hoa');
    expect(searchTerms('  y tưởng, số-hóa! ')).toEqual(['y', 'tuong', 'so', 'hoa']);
  });
  it('stores NFC and tidies whitespace', () => {
    expect(cleanText('  Hoa\u0300 \r\n\r\n\r\n  sen  ')).toBe('Hoà\n\nsen');
  });
  it('sorts names with the Vietnamese collation', () => {
    const names = ['Đức', 'Dũng', 'Ân', 'An', 'Ơn', 'Ôn', 'On', 'Ư', 'U'];
    expect([...names].sort(viCollator.compare)).toEqual([
      'An',
      'Ân',
      'Dũng',
      'Đức',
      'On',
      'Ôn',
      'Ơn',
      'U',
      'Ư',
    ]);
  });
  it('normalises Vietnamese phone numbers', () => {
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhone('0912.345.678')).toBe('0912345678');
    expect(normalizePhone('12345')).toBeNull();
  });
});

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

describe('administrative dates (Decree 30/2020)', () => {
  it('writes the place and date with the leading zeros the decree asks for', async () => {
    const { administrativeDate } = await import('./text.js');
    expect(administrativeDate('Như Thanh', new Date('2026-03-05T03:00:00Z'))).toBe(
      'Như Thanh, ngày 05 tháng 3 năm 2026',
    );
    expect(administrativeDate('Như Thanh', new Date('2026-01-15T03:00:00Z'))).toBe(
      'Như Thanh, ngày 15 tháng 01 năm 2026',
    );
    expect(administrativeDate('Như Thanh', new Date('2026-02-09T03:00:00Z'))).toBe(
      'Như Thanh, ngày 09 tháng 02 năm 2026',
    );
    expect(administrativeDate('Như Thanh', new Date('2026-12-31T20:00:00Z'))).toBe(
      'Như Thanh, ngày 01 tháng 01 năm 2027',
    );
  });
});
