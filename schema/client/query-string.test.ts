import { describe, expect, it } from 'vitest';
import { toQueryString } from './query-string.js';

describe('toQueryString', () => {
  it('skips empty values, repeats arrays and encodes Vietnamese', () => {
    expect(toQueryString({ q: 'ý tưởng', s: ['A', 'B'], e: '', n: null })).toBe(
      '?q=%C3%BD+t%C6%B0%E1%BB%9Fng&s=A&s=B',
    );
    expect(toQueryString({})).toBe('?');
  });
});
