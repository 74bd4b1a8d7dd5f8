import { signToken, verifyToken } from '../common/signed-token.js';

/** How long a preview link works. */
export const PREVIEW_TTL_MS = 2 * 3_600_000;

/** Unchanged since the links had their own format, so links handed out before stay valid. */
const PURPOSE = 'kn-preview-v1';

export type PreviewCheck =
  | { ok: true; tenantId: string; postId: string; expiresAt: Date }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' };

/**
 * A preview link token (`common/signed-token.ts`) naming the tenant and the post: anyone holding
 * the link sees the post as it is when opened (any status) until the link expires.
 */
export function createPreviewToken(
  secret: string,
  opts: { tenantId: string; postId: string; now: Date; ttlMs?: number },
): { token: string; expiresAt: Date } {
  const expiresAt = new Date(opts.now.getTime() + (opts.ttlMs ?? PREVIEW_TTL_MS));
  const token = signToken(secret, PURPOSE, { t: opts.tenantId, p: opts.postId }, expiresAt);
  return { token, expiresAt };
}

export function verifyPreviewToken(secret: string, token: string, now: Date): PreviewCheck {
  const check = verifyToken(secret, PURPOSE, token, ['t', 'p'], now);
  if (!check.ok) return check;
  return {
    ok: true,
    tenantId: check.claims.t,
    postId: check.claims.p,
    expiresAt: check.expiresAt,
  };
}
