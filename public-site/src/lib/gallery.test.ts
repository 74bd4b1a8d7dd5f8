import { describe, expect, it } from 'vitest';
import { galleryParams, galleryWhere, isFiltered, readGalleryQuery, yearOptions } from './gallery';

const FIELD = '0b7c1e52-3f7a-4c1e-9a55-6a1d3f0e8b21';

describe('gallery filters', () => {
  it('reads the address into API filters, ignoring malformed values', () => {
    const q = readGalleryQuery(
      new URLSearchParams({
        q: ' nuoc sach ',
        'linh-vuc': FIELD,
        'don-vi': 'not-a-uuid',
        nam: '2026',
        'giai-doan': 'SUBMITTED',
        'vinh-danh': '1',
      }),
    );
    expect(galleryWhere(q)).toEqual({
      search: 'nuoc sach',
      fieldIds: [FIELD],
      year: 2026,
      honoured: true,
    });
  });

  it('accepts only the stages shown to the public', () => {
    expect(readGalleryQuery(new URLSearchParams('giai-doan=PILOTING')).stage).toBe('PILOTING');
    expect(readGalleryQuery(new URLSearchParams('giai-doan=WITHDRAWN')).stage).toBe('');
  });

  it('always filters honoured ideas on the honoured page, without repeating it in links', () => {
    const q = readGalleryQuery(new URLSearchParams('nam=2026'), true);
    expect(galleryWhere(q).honoured).toBe(true);
    expect(galleryParams(q, true)).toEqual({ nam: '2026' });
    expect(isFiltered(readGalleryQuery(new URLSearchParams(''), true), true)).toBe(false);
  });

  it('offers the years from the campaign start to this year in Vietnam, newest first', () => {
    // 31/12/2027 at 20:00 UTC is already 2028 in Vietnam.
    expect(yearOptions('2026-05-01', new Date('2027-12-31T20:00:00Z'))).toEqual([2028, 2027, 2026]);
    expect(yearOptions(null, new Date('2026-06-01T00:00:00Z'))).toEqual([2026]);
  });
});
