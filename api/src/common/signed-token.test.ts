import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './signed-token.js';

const SECRET = 'x'.repeat(40);
const now = new Date('2026-11-20T02:00:00Z');
const inAnHour = new Date(now.getTime() + 3_600_000);

describe('signed tokens', () => {
  it('carry their claims until they expire', () => {
    const token = signToken(SECRET, 'test', { a: '1', b: '2' }, inAnHour);
    expect(verifyToken(SECRET, 'test', token, ['a', 'b'], now)).toEqual({
      ok: true,
      claims: { a: '1', b: '2' },
      expiresAt: inAnHour,
    });
    expect(verifyToken(SECRET, 'test', token, ['a'], inAnHour)).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
  });

  it('are bound to their purpose and the secret', () => {
    const token = signToken(SECRET, 'kn-preview-v1', { i: 'idea', a: 'author' }, inAnHour);
    expect(verifyToken(SECRET, 'kn-tracking-v1', token, ['i', 'a'], now)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(verifyToken('y'.repeat(40), 'kn-preview-v1', token, ['i'], now).ok).toBe(false);
  });

  it('refuse any change, a missing claim and garbage, even when the change is the expiry', () => {
    const token = signToken(SECRET, 'test', { a: '1' }, inAnHour);
    const [payload, sig] = token.split('.');
    const later = Buffer.from(JSON.stringify({ a: '1', e: now.getTime() + 9e9 })).toString(
      'base64url',
    );
    const past = Buffer.from(JSON.stringify({ a: '1', e: 0 })).toString('base64url');
    for (const bad of [
      `${later}.${sig}`,
      `${past}.${sig}`,
      `${payload}.${sig!.slice(0, -2)}xx`,
      `${payload}.${sig}.x`,
      `${payload}`,
      'rac',
      '',
    ]) {
      expect(verifyToken(SECRET, 'test', bad, ['a'], now)).toEqual({
        ok: false,
        reason: 'INVALID',
      });
    }
    expect(verifyToken(SECRET, 'test', token, ['a', 'b'], now).ok).toBe(false);
  });
});
