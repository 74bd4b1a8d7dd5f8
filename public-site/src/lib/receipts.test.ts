import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  afterSeqParam,
  entryHashInput,
  GENESIS_HASH,
  isDigest,
  normalizeDigest,
  type LogEntry,
} from './receipts';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('the receipt log formula shown to the public', () => {
  // Vectors computed with the API's own entryHash (api/src/receipts/receipt-log.ts).
  it('gives the same entry hash as the API for a first entry and a later revision', () => {
    const first: LogEntry = {
      seq: 1,
      kind: 'SUBMISSION',
      digest: 'ab'.repeat(32),
      recordedAt: '2026-05-04T02:03:04.005Z',
      prevHash: GENESIS_HASH,
    };
    expect(entryHashInput(first)).toBe(
      `kn-receipt-log-v1|1|SUBMISSION|${'ab'.repeat(32)}|2026-05-04T02:03:04.005Z|${'0'.repeat(64)}`,
    );
    expect(sha256(entryHashInput(first))).toBe(
      'd9459b0916713b1858cf3f052ed37d8385ef8749ba61a709a71e9d607e9ef24c',
    );
    const later: LogEntry = {
      seq: 12,
      kind: 'REVISION',
      digest: 'cd'.repeat(32),
      // Written without milliseconds: the formula always uses them.
      recordedAt: '2026-12-31T17:00:00Z',
      prevHash: 'ef'.repeat(32),
    };
    expect(sha256(entryHashInput(later))).toBe(
      'e91928d2e5b7777d14f448a7d7a64c9baadeed9ef2fe2c0f64729622c996585d',
    );
  });

  it('accepts a digest pasted with spaces, line breaks or capitals, and nothing else', () => {
    const digest = 'AB'.repeat(32);
    const pasted = `${digest.slice(0, 20)} ${digest.slice(20, 40)}\n${digest.slice(40)}`;
    expect(normalizeDigest(pasted)).toBe('ab'.repeat(32));
    expect(isDigest(normalizeDigest(pasted))).toBe(true);
    expect(isDigest('ab'.repeat(31))).toBe(false);
    expect(isDigest('zz'.repeat(32))).toBe(false);
    expect(normalizeDigest(null)).toBe('');
  });

  it('reads the page position from ?sau= and never goes below the start', () => {
    expect(afterSeqParam('150')).toBe(150);
    expect(afterSeqParam('-3')).toBe(0);
    expect(afterSeqParam('abc')).toBe(0);
    expect(afterSeqParam(null)).toBe(0);
  });
});
