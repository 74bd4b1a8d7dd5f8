import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import { t, translator } from '.';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('admin message catalog', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('fills in the values and speaks Vietnamese by default', () => {
    expect(t('triage.route.to', { status: 'Hội đồng đánh giá' })).toBe('Chuyển: Hội đồng đánh giá');
    expect(translator('en')('nav.count.overdue', { n: 3 })).toBe('3 overdue');
  });
});
