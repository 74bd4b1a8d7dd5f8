/**
 * Partners' API keys (/thiet-lap/khoa-api): the state of a key as the list shows it, the expiry a
 * chosen day means, and the example request shown with a new key.
 */
import type { ApiKeyScope } from '$lib/gql/graphql';
import { parseDate, startOfDay } from './dates';

/** The scopes in the order the form and the list show them. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['PUBLIC_READ', 'STATISTICS', 'SUBMIT'];

/** The header partners send their key in. */
export const API_KEY_HEADER = 'X-Api-Key';

/** What the API uses when no limit is given (the form starts with it). */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
export const MAX_REQUESTS_PER_MINUTE = 100_000;

/** The shape of a full key: `kn_` + 10 characters of prefix + `_` + 43 characters of secret. */
export const API_KEY_FORMAT = /^kn_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/;

export type ApiKeyState = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Revoked wins over expired: a revoked key stays revoked whatever its expiry. */
export function apiKeyState(
  key: { revokedAt: string | null; expiresAt: string | null },
  now: Date | string,
): ApiKeyState {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= new Date(now).getTime()) {
    return 'EXPIRED';
  }
  return 'ACTIVE';
}

/** How the list shows a key's prefix: `kn_abcdefghij_…` (the secret is never known here). */
export function maskedKey(prefix: string): string {
  return `kn_${prefix}_…`;
}

/**
 * The instant a key chosen to last "until dd/mm/yyyy" expires: the end of that day in Vietnam
 * (23:59:59.999), so the list shows the day that was chosen. Null when the text is not a date.
 */
export function expiryOfDay(input: string): Date | null {
  const day = parseDate(input);
  return day ? new Date(startOfDay(day, 1).getTime() - 1) : null;
}

/** A whole number of requests per minute as typed ("1.000" and "1 000" too), or null. */
export function parseRequestsPerMinute(input: string): number | null {
  const s = input.replace(/[\s.,]/g, '');
  if (!/^\d{1,9}$/.test(s)) return null;
  return Number(s);
}

/**
 * A query the new key may run at once: public ideas for a reading key, the counters for a
 * statistics key, and for a key that only submits the one field any key may ask for.
 */
export function exampleQuery(scopes: readonly ApiKeyScope[]): string {
  if (scopes.includes('PUBLIC_READ')) return '{ ideas(first: 5) { nodes { title } } }';
  if (scopes.includes('STATISTICS')) return '{ ideaCounters { received answered } }';
  return '{ __typename }';
}

/** Single quotes for a POSIX shell, so the example can be pasted as it is. */
function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** The curl command that tries a key against the API's GraphQL endpoint. */
export function curlExample(key: string, graphqlUrl: string, scopes: readonly ApiKeyScope[]) {
  const body = JSON.stringify({ query: exampleQuery(scopes) });
  return [
    `curl -H "${API_KEY_HEADER}: ${key}"`,
    `  -H "content-type: application/json"`,
    `  -d ${shellQuote(body)}`,
    `  ${graphqlUrl}`,
  ].join(' \\\n');
}
