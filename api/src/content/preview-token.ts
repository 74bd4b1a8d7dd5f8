import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works. */
export const PREVIEW_TTL_MS = 2 * 3_600_000;

export type PreviewCheck =
  | { ok: true; tenantId: string; postId: string; expiresAt: Date }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' };

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`kn-preview-v1.${payload}`).digest('base64url');
}

/**
 * A preview link token: `<payload>.<HMAC-SHA256>` with the server secret. The payload names the
 * tenant, the post and the expiry; anyone holding the link sees the post as it is when opened
 * (any status) until the link expires.
 */
export function createPreviewToken(
  secret: string,
  opts: { tenantId: string; postId: string; now: Date; ttlMs?: number },
): { token: string; expiresAt: Date } {
  const expiresAt = new Date(opts.now.getTime() + (opts.ttlMs ?? PREVIEW_TTL_MS));
  const payload = Buffer.from(
    JSON.stringify({ t: opts.tenantId, p: opts.postId, e: expiresAt.getTime() }),
    'utf8',
  ).toString('base64url');
  return { token: `${payload}.${sign(secret, payload)}`, expiresAt };
}

export function verifyPreviewToken(secret: string, token: string, now: Date): PreviewCheck {
  const [payload, signature, ...rest] = token.trim().split('.');
  if (!payload || !signature || rest.length) return { ok: false, reason: 'INVALID' };
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'INVALID' };
  let data: { t?: unknown; p?: unknown; e?: unknown };
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'INVALID' };
  }
  if (typeof data.t !== 'string' || typeof data.p !== 'string' || typeof data.e !== 'number')
    return { ok: false, reason: 'INVALID' };
  if (data.e <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, tenantId: data.t, postId: data.p, expiresAt: new Date(data.e) };
}
