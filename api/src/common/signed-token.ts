import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one format of every signed link the API hands out (preview links, tracking sessions):
 * `<payload>.<signature>`, both base64url. The payload is the JSON of the claims plus `e`, the
 * expiry in epoch milliseconds. The signature is HMAC-SHA256 with the server secret (`KN_SECRET`)
 * over `<purpose>.<payload>`, so a token made for one purpose never verifies for another even when
 * its claims look alike. Verification compares in constant time, then checks the claims' shape,
 * then the expiry: a forged or altered token is INVALID whatever its expiry says.
 */
export type TokenCheck<K extends string> =
  | { ok: true; claims: Record<K, string>; expiresAt: Date }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' };

function signature(secret: string, purpose: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}.${payload}`).digest();
}

export function signToken<K extends string>(
  secret: string,
  purpose: string,
  claims: Record<K, string>,
  expiresAt: Date,
): string {
  const payload = Buffer.from(
    JSON.stringify({ ...claims, e: expiresAt.getTime() }),
    'utf8',
  ).toString('base64url');
  return `${payload}.${signature(secret, purpose, payload).toString('base64url')}`;
}

/** Checks a token of `purpose` whose claims `keys` are all non-empty strings. */
export function verifyToken<K extends string>(
  secret: string,
  purpose: string,
  token: string,
  keys: readonly K[],
  now: Date,
): TokenCheck<K> {
  const invalid = { ok: false, reason: 'INVALID' } as const;
  const [payload, given, ...rest] = token.trim().split('.');
  if (!payload || !given || rest.length) return invalid;
  const expected = Buffer.from(signature(secret, purpose, payload).toString('base64url'));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return invalid;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  if (typeof data !== 'object' || data === null || typeof data.e !== 'number') return invalid;
  const claims = {} as Record<K, string>;
  for (const key of keys) {
    const v = data[key];
    if (typeof v !== 'string' || !v) return invalid;
    claims[key] = v;
  }
  if (data.e <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims, expiresAt: new Date(data.e) };
}
