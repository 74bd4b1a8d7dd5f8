import { signToken, verifyToken } from '../common/signed-token.js';

/**
 * After an author proves who they are (tracking code + contact), they get a signed token
 * (`common/signed-token.ts`) naming the idea and which of its authors they are, valid for a few
 * hours: the tracking page uses it to reply, supplement, manage consents and follow live updates
 * without sending the contact again.
 */
export const TOKEN_HOURS = 4;

const PURPOSE = 'kn-tracking-v1';

export interface TrackingIdentity {
  ideaId: string;
  authorshipId: string;
}

export function signTrackingToken(
  secret: string,
  who: TrackingIdentity,
  now: Date,
  hours = TOKEN_HOURS,
): string {
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  return signToken(secret, PURPOSE, { i: who.ideaId, a: who.authorshipId }, expiresAt);
}

export function verifyTrackingToken(
  secret: string,
  token: string,
  now: Date,
): TrackingIdentity | null {
  const check = verifyToken(secret, PURPOSE, token, ['i', 'a'], now);
  return check.ok ? { ideaId: check.claims.i, authorshipId: check.claims.a } : null;
}
