import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * After an author proves who they are (tracking code + contact), they get a signed token naming
 * the idea, valid for a few hours: the tracking page uses it to reply, supplement and follow live
 * updates without sending the contact again.
 */
export const TOKEN_HOURS = 4;

export function signTrackingToken(secret: string, ideaId: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_HOURS * 3600;
  const body = `${ideaId}.${expires}`;
  const mac = createHmac('sha256', secret).update(`tracking:${body}`).digest('base64url');
  return `${Buffer.from(body).toString('base64url')}.${mac}`;
}

export function verifyTrackingToken(secret: string, token: string, now: Date): string | null {
  const [encoded, mac] = token.split('.');
  if (!encoded || !mac) return null;
  const body = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = createHmac('sha256', secret).update(`tracking:${body}`).digest('base64url');
  const a = Buffer.from(mac);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const [ideaId, expires] = body.split('.');
  if (!ideaId || !expires || Number(expires) * 1000 < now.getTime()) return null;
  return ideaId;
}
