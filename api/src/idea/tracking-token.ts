import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * After an author proves who they are (tracking code + contact), they get a signed token naming
 * the idea and which of its authors they are, valid for a few hours: the tracking page uses it to
 * reply, supplement, manage consents and follow live updates without sending the contact again.
 */
export const TOKEN_HOURS = 4;

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
  const expires = Math.floor(now.getTime() / 1000) + hours * 3600;
  const body = `${who.ideaId}.${who.authorshipId}.${expires}`;
  const mac = createHmac('sha256', secret).update(`tracking:${body}`).digest('base64url');
  return `${Buffer.from(body).toString('base64url')}.${mac}`;
}

export function verifyTrackingToken(
  secret: string,
  token: string,
  now: Date,
): TrackingIdentity | null {
  const [encoded, mac] = token.split('.');
  if (!encoded || !mac) return null;
  const body = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = createHmac('sha256', secret).update(`tracking:${body}`).digest('base64url');
  const a = Buffer.from(mac);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const [ideaId, authorshipId, expires] = body.split('.');
  if (!ideaId || !authorshipId || !expires || Number(expires) * 1000 < now.getTime()) return null;
  return { ideaId, authorshipId };
}
