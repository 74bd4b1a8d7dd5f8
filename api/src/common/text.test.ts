import { describe, expect, it } from 'vitest';
import { cleanText, foldVietnamese, normalizePhone, searchTerms, viCollator } from './text.js';

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
