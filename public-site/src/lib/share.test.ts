import { describe, expect, it } from 'vitest';
import { excerpt, shareLinks } from './share';

describe('share links', () => {
  it('are plain links carrying the encoded canonical address', () => {
    const l = shareLinks('https://khoinguon.example/y-tuong/1?lang=en');
    expect(l.facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkhoinguon.example%2Fy-tuong%2F1%3Flang%3Den',
    );
    expect(l.zalo).toBe(
      'https://sp.zalo.me/plugins/share?href=https%3A%2F%2Fkhoinguon.example%2Fy-tuong%2F1%3Flang%3Den',
    );
  });
});

describe('excerpts', () => {
  it('keep short text and cut long text at a word', () => {
    expect(excerpt('Nước  sạch\ncho thôn')).toBe('Nước sạch cho thôn');
    const long = 'Mùa mưa nước giếng ở thôn Khe Rồng bị đục, học sinh thiếu nước sạch để uống.';
    expect(excerpt(long, 40)).toBe('Mùa mưa nước giếng ở thôn Khe Rồng bị…');
    expect(excerpt(long, 40).length).toBeLessThanOrEqual(40);
  });
});
