import { describe, expect, it } from 'vitest';
import { landingPage, mayEditContent, maySeeContent } from './roles';

describe('content roles', () => {
  it('lets editors and administrators write content, and the hub read it', () => {
    expect(mayEditContent(['EDITOR'])).toBe(true);
    expect(mayEditContent(['ADMIN'])).toBe(true);
    expect(mayEditContent(['HUB'])).toBe(false);
    expect(maySeeContent(['HUB'])).toBe(true);
    expect(maySeeContent(['RECEPTION_OFFICER', 'COUNCIL_MEMBER'])).toBe(false);
    expect(maySeeContent(null)).toBe(false);
  });

  it('sends editors who only edit to the content after signing in, everyone else to the ideas', () => {
    expect(landingPage(['EDITOR'])).toBe('/noi-dung');
    expect(landingPage(['EDITOR', 'HUB'])).toBe('/y-tuong');
    expect(landingPage(['RECEPTION_OFFICER'])).toBe('/y-tuong');
    expect(landingPage([])).toBe('/y-tuong');
  });
});
