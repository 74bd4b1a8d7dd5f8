import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '@khoi-nguon/schema/client';
import {
  API_KEY_FORMAT,
  EXAMPLE_COMMUNE_CODE,
  apiKeyState,
  curlExample,
  exampleCommuneCode,
  exampleQuery,
  expiryOfDay,
  keyReach,
  maskedKey,
  parseRequestsPerMinute,
} from './api-keys';
import { useLanguage } from './messages';

const NOW = '2026-06-15T03:00:00.000Z';

describe('partners’ API keys', () => {
  it('tells active, expired and revoked keys apart (revoked first)', () => {
    expect(apiKeyState({ revokedAt: null, expiresAt: null }, NOW)).toBe('ACTIVE');
    expect(apiKeyState({ revokedAt: null, expiresAt: '2026-06-16T00:00:00Z' }, NOW)).toBe('ACTIVE');
    expect(apiKeyState({ revokedAt: null, expiresAt: NOW }, NOW)).toBe('EXPIRED');
    expect(apiKeyState({ revokedAt: NOW, expiresAt: '2026-01-01T00:00:00Z' }, NOW)).toBe('REVOKED');
  });

  it('expires at the end of the chosen day in Vietnam, shown as that day', () => {
    const at = expiryOfDay('2026-12-31')!;
    expect(at.toISOString()).toBe('2026-12-31T16:59:59.999Z');
    expect(formatDate(at)).toBe('31/12/2026');
    expect(expiryOfDay('31/12/2026')?.getTime()).toBe(at.getTime());
    expect(expiryOfDay('31/02/2026')).toBeNull();
    expect(expiryOfDay('mai')).toBeNull();
  });

  it('reads a limit as typed, with Vietnamese grouping', () => {
    expect(parseRequestsPerMinute('600')).toBe(600);
    expect(parseRequestsPerMinute('1.000')).toBe(1000);
    expect(parseRequestsPerMinute('10 000')).toBe(10000);
    expect(parseRequestsPerMinute('-5')).toBeNull();
    expect(parseRequestsPerMinute('1,5e3x')).toBeNull();
    expect(parseRequestsPerMinute('')).toBeNull();
  });

  it('shows only the public part of a key', () => {
    expect(maskedKey('abcdefghij')).toBe('kn_abcdefghij_…');
    expect(API_KEY_FORMAT.test(`kn_abcdefghij_${'A'.repeat(43)}`)).toBe(true);
    expect(API_KEY_FORMAT.test('kn_abcdefghij_…')).toBe(false);
  });

  it('gives an example the key may run, ready to paste into a shell', () => {
    expect(exampleQuery(['STATISTICS', 'PUBLIC_READ'])).toBe(
      '{ ideas(first: 5) { nodes { title } } }',
    );
    expect(exampleQuery(['STATISTICS'])).toBe('{ ideaCounters { received answered } }');
    expect(exampleQuery(['SUBMIT'])).toBe('{ __typename }');
    const key = `kn_abcdefghij_${'x'.repeat(43)}`;
    expect(curlExample(key, 'https://api.example/graphql', ['PUBLIC_READ'])).toBe(
      [
        `curl -H "X-Api-Key: ${key}"`,
        '  -H "content-type: application/json"',
        `  -d '{"query":"{ ideas(first: 5) { nodes { title } } }"}'`,
        '  https://api.example/graphql',
      ].join(' \\\n'),
    );
  });
});

describe('where a partner’s key may be used', () => {
  afterEach(() => useLanguage(() => 'vi'));

  const names = new Map([
    ['16228', 'Xã Như Thanh'],
    ['14848', 'Xã Tam Chung'],
  ]);

  it('shows a commune’s key as the whole commune or its one unit', () => {
    expect(keyReach({ unit: null, communeCodes: [] }, false)).toEqual(['Cả xã']);
    expect(keyReach({ unit: { name: 'Thôn Đồng Lạc' }, communeCodes: [] }, false)).toEqual([
      'Thôn Đồng Lạc',
    ]);
  });

  it('shows a province’s key as every commune, or each chosen one by name and code', () => {
    expect(keyReach({ unit: null, communeCodes: [] }, true, names)).toEqual(['Mọi xã của tỉnh']);
    expect(keyReach({ unit: null, communeCodes: ['14848', '16228'] }, true, names)).toEqual([
      'Xã Tam Chung (14848)',
      'Xã Như Thanh (16228)',
    ]);
    // A commune no longer listed (or not yet known) shows its code.
    expect(keyReach({ unit: null, communeCodes: ['16231'] }, true, names)).toEqual(['16231']);
  });

  it('speaks the staff member’s language', () => {
    useLanguage(() => 'en');
    expect(keyReach({ unit: null, communeCodes: [] }, false)).toEqual(['Whole commune']);
    expect(keyReach({ unit: null, communeCodes: [] }, true)).toEqual([
      'Every commune of the province',
    ]);
  });

  it('names in the example the first chosen commune, else the first known, else a sample', () => {
    expect(exampleCommuneCode(['14848', '16228'], [{ code: '16228' }])).toBe('14848');
    expect(exampleCommuneCode([], [{ code: '16228' }, { code: '14848' }])).toBe('16228');
    expect(exampleCommuneCode([])).toBe(EXAMPLE_COMMUNE_CODE);
  });

  it('adds the commune a province’s key reads to its example, in X-Tenant', () => {
    const key = `kn_abcdefghij_${'x'.repeat(43)}`;
    expect(curlExample(key, 'https://api.example/graphql', ['STATISTICS'], '16228')).toBe(
      [
        `curl -H "X-Api-Key: ${key}"`,
        '  -H "X-Tenant: 16228"',
        '  -H "content-type: application/json"',
        `  -d '{"query":"{ ideaCounters { received answered } }"}'`,
        '  https://api.example/graphql',
      ].join(' \\\n'),
    );
    expect(curlExample(key, 'https://api.example/graphql', ['STATISTICS'], null)).not.toContain(
      'X-Tenant',
    );
  });
});
