import { describe, expect, it } from 'vitest';
import { nameIn, nameLang, textLang } from './names';

describe('names in two languages', () => {
  const field = { name: 'Nông nghiệp', nameEn: 'Agriculture' };
  const only = { name: 'Sản phẩm OCOP', nameEn: null };
  it('shows the English name on English pages, the Vietnamese one otherwise', () => {
    expect(nameIn('en', field)).toBe('Agriculture');
    expect(nameIn('vi', field)).toBe('Nông nghiệp');
    expect(nameLang('en', field)).toBeUndefined();
  });
  it('falls back to the Vietnamese name, marked as Vietnamese', () => {
    expect(nameIn('en', only)).toBe('Sản phẩm OCOP');
    expect(nameLang('en', only)).toBe('vi');
    expect(nameLang('vi', only)).toBeUndefined();
    expect(nameIn('en', { name: 'Y tế', nameEn: '  ' })).toBe('Y tế');
  });
  it('marks a text left in Vietnamese on an English page', () => {
    expect(textLang('en', 'Hội đồng tư vấn đang đánh giá ý tưởng.')).toBe('vi');
    expect(textLang('en', 'The idea has been received.')).toBeUndefined();
    expect(textLang('vi', 'Hội đồng')).toBeUndefined();
  });
});
