import { describe, expect, it } from 'vitest';
import { signTrackingToken, verifyTrackingToken } from './tracking-token.js';

const SECRET = 'x'.repeat(40);
const now = new Date('2026-11-20T02:00:00Z');

describe('tracking tokens', () => {
  it('name the idea and the author for four hours', () => {
    const token = signTrackingToken(SECRET, { ideaId: 'i', authorshipId: 'a' }, now);
    expect(verifyTrackingToken(SECRET, token, now)).toEqual({ ideaId: 'i', authorshipId: 'a' });
    const almost = new Date(now.getTime() + 4 * 3_600_000 - 1);
    expect(verifyTrackingToken(SECRET, token, almost)).not.toBeNull();
    expect(verifyTrackingToken(SECRET, token, new Date(almost.getTime() + 1))).toBeNull();
  });

  it('are refused when altered or signed with another secret', () => {
    const token = signTrackingToken(SECRET, { ideaId: 'i', authorshipId: 'a' }, now);
    expect(verifyTrackingToken('y'.repeat(40), token, now)).toBeNull();
    expect(verifyTrackingToken(SECRET, token.replace(/.$/, 'A'), now)).toBeNull();
    expect(verifyTrackingToken(SECRET, 'rac', now)).toBeNull();
  });
});
