import { describe, expect, it } from 'vitest';
import { backTo, chosenLanguage, pickLanguage } from './language';

describe("the admin's language", () => {
  it('follows the choice of the switch first, then the browser, else Vietnamese', () => {
    expect(pickLanguage('en', 'vi-VN,vi;q=0.9')).toBe('en');
    expect(pickLanguage('vi', 'en-GB,en;q=0.9')).toBe('vi');
    expect(pickLanguage(null, 'en-GB,en;q=0.9,vi;q=0.8')).toBe('en');
    expect(pickLanguage(undefined, 'vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLanguage('fr', 'fr-FR')).toBe('vi');
    expect(pickLanguage(null, null)).toBe('vi');
  });

  it('reads the form of the switch and sends back only inside the app', () => {
    expect(chosenLanguage('en')).toBe('en');
    expect(chosenLanguage('de')).toBeNull();
    expect(backTo('/y-tuong?trang-thai=SUBMITTED')).toBe('/y-tuong?trang-thai=SUBMITTED');
    expect(backTo('//evil.example/')).toBe('/');
    expect(backTo('https://evil.example/')).toBe('/');
    expect(backTo(null)).toBe('/');
  });
});
