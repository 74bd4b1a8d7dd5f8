import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import { t, translator } from '.';

const sections = import.meta.glob<{ vi: Record<string, string>; en: Record<string, string> }>(
  './catalog/*.ts',
  { eager: true },
);

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

  it('gives each key one home: no section of the catalog overrides another', () => {
    const seen = new Map<string, string>();
    for (const [file, section] of Object.entries(sections)) {
      expect(Object.keys(section.en).sort(), file).toEqual(Object.keys(section.vi).sort());
      for (const key of Object.keys(section.vi)) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    for (const key of seen.keys()) expect(vi[key as keyof typeof vi], key).toBeDefined();
  });

  it('fills in the values and speaks Vietnamese by default', () => {
    expect(t('triage.route.to', { status: 'Hội đồng đánh giá' })).toBe('Chuyển: Hội đồng đánh giá');
    expect(translator('en')('nav.count.overdue', { n: 3 })).toBe('3 overdue');
  });
});
