import { describe, expect, it } from 'vitest';
import { translator } from './index';
import { vi } from './vi';
import { en } from './en';

describe('message catalogs', () => {
  it('translate every key in both languages, Vietnamese first', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(translator('vi')('nav.submit')).toBe('Gửi ý tưởng');
    expect(translator('en')('nav.submit')).toBe('Submit an idea');
  });
  it('fills parameters', () => {
    expect(translator('vi')('ideas.count', { n: 12 })).toBe('12 ý tưởng');
  });
});
