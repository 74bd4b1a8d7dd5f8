import { describe, expect, it } from 'vitest';
import { actionUrl, localize, safeNext, switchLanguageHref } from './links';

describe('language in addresses', () => {
  it('adds ?lang=en to internal links in English and leaves Vietnamese ones bare', () => {
    expect(localize('/y-tuong', 'en')).toBe('/y-tuong?lang=en');
    expect(localize('/y-tuong?q=nuoc&linh-vuc=1#ket-qua', 'en')).toBe(
      '/y-tuong?q=nuoc&linh-vuc=1&lang=en#ket-qua',
    );
    expect(localize('/y-tuong?lang=en&q=a', 'vi')).toBe('/y-tuong?q=a');
    expect(localize('/', 'vi')).toBe('/');
  });

  it('leaves external links and in-page anchors alone', () => {
    expect(localize('https://www.facebook.com/x', 'en')).toBe('https://www.facebook.com/x');
    expect(localize('#main', 'en')).toBe('#main');
  });

  it('keeps form action names intact', () => {
    expect(actionUrl('track', 'vi')).toBe('?/track');
    expect(actionUrl('dispute', 'en', '#tranh-chap')).toBe('?/dispute&lang=en#tranh-chap');
  });

  it('switches language through a cookie endpoint that returns to the same page', () => {
    expect(switchLanguageHref('en', '/y-tuong?q=a')).toBe(
      '/ngon-ngu?lang=en&next=%2Fy-tuong%3Fq%3Da',
    );
    expect(switchLanguageHref('vi', '/minh-bach?lang=en')).toBe(
      '/ngon-ngu?lang=vi&next=%2Fminh-bach',
    );
  });

  it('never redirects off the site', () => {
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/y-tuong?q=a')).toBe('/y-tuong?q=a');
    expect(safeNext(null)).toBe('/');
  });
});
