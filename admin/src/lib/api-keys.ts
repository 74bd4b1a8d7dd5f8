/**
 * Partners' API keys (/thiet-lap/khoa-api): the state of a key as the list shows it, where a key
 * may be used, the expiry a chosen day means, and the example request shown with a new key.
 */
import type { ApiKeyScope } from '$lib/gql/graphql';
import { parseDate, startOfDay } from './dates';
import { t } from './messages';

/** The scopes in the order the form and the list show them. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['PUBLIC_READ', 'STATISTICS', 'SUBMIT'];

/** The header partners send their key in. */
export const API_KEY_HEADER = 'X-Api-Key';

/** The header a province's key names the commune in (its code) with every request. */
export const TENANT_HEADER = 'X-Tenant';

/** The commune code a province key's example names when no commune was chosen nor is known. */
export const EXAMPLE_COMMUNE_CODE = '16228';

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

/** Where a key may be used, as the API tells it. */
export interface ApiKeyReach {
  /** A commune's key for one unit only (null: the whole commune). */
  unit: { name: string } | null;
  /** A province's key: the communes it may read (empty: every commune of the province). */
  communeCodes: readonly string[];
}

/**
 * Where a key may be used, as the list's "Phạm vi" column shows it, one line each: "Cả xã" or the
 * unit's name for a commune's key; "Mọi xã của tỉnh" or each chosen commune ("Xã Như Thanh
 * (16228)", the code alone when the commune's name is not known) for a province's key.
 */
export function keyReach(
  key: ApiKeyReach,
  province: boolean,
  communeNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  if (!province) return [key.unit ? key.unit.name : t('apiKeys.reach.commune')];
  if (!key.communeCodes.length) return [t('apiKeys.reach.province')];
  return key.communeCodes.map((code) => {
    const name = communeNames.get(code);
    return name ? `${name} (${code})` : code;
  });
}

/**
 * The commune a province key's example reads: the first one chosen, else the first of the
 * province's communes on the platform, else a sample code.
 */
export function exampleCommuneCode(
  chosen: readonly string[],
  communes: readonly { code: string }[] = [],
): string {
  return chosen[0] ?? communes[0]?.code ?? EXAMPLE_COMMUNE_CODE;
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

/**
 * The curl command that tries a key against the API's GraphQL endpoint; a province's key names
 * the commune it reads in `X-Tenant` (pass its code as `tenantCode`).
 */
export function curlExample(
  key: string,
  graphqlUrl: string,
  scopes: readonly ApiKeyScope[],
  tenantCode: string | null = null,
) {
  const body = JSON.stringify({ query: exampleQuery(scopes) });
  return [
    `curl -H "${API_KEY_HEADER}: ${key}"`,
    ...(tenantCode ? [`  -H "${TENANT_HEADER}: ${tenantCode}"`] : []),
    `  -H "content-type: application/json"`,
    `  -d ${shellQuote(body)}`,
    `  ${graphqlUrl}`,
  ].join(' \\\n');
}
