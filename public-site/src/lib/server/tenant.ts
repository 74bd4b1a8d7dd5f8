import type { Cookies } from '@sveltejs/kit';
import { vi } from '../i18n/vi';

/**
 * Which commune a request is for. One public site may serve many communes:
 * 1. the host name, from `KN_TENANT_HOSTS` (`"nhuthanh.thanhhoa.gov.vn=16228,xuanthai…=16250"`):
 *    a commune's own address always shows that commune;
 * 2. otherwise the visitor's choice made at `/xa/<code>` (a cookie);
 * 3. otherwise `KN_TENANT` (default 16228).
 */
export const TENANT_COOKIE = 'kn_xa';
export const TENANT_CODE_RE = /^\d{2,6}$/;

export type TenantSource = 'host' | 'cookie' | 'default';

/** Parses `host=code` pairs (commas or whitespace between them); malformed pairs are skipped. */
export function parseTenantHosts(spec: string | undefined | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (spec ?? '').split(/[,\s]+/)) {
    const [host, code] = pair.split('=').map((s) => s?.trim().toLowerCase());
    if (host && code && TENANT_CODE_RE.test(code)) map.set(host, code);
  }
  return map;
}

/** The host name of a `Host` header, without its port, lower case. */
export function hostName(header: string | null): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '');
}

export function chooseTenant(opts: {
  host: string | null;
  cookie: string | undefined;
  hosts: Map<string, string>;
  fallback: string | undefined;
}): { code: string; source: TenantSource } {
  const byHost = opts.hosts.get(hostName(opts.host));
  if (byHost) return { code: byHost, source: 'host' };
  if (opts.cookie && TENANT_CODE_RE.test(opts.cookie))
    return { code: opts.cookie, source: 'cookie' };
  return { code: opts.fallback || '16228', source: 'default' };
}

/** Remembers the visitor's commune for a year (chosen at `/xa/<code>`). */
export function rememberTenant(cookies: Cookies, code: string, secure: boolean): void {
  cookies.set(TENANT_COOKIE, code, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 365 * 24 * 3600,
  });
}

/** Why a commune's site cannot be served: not on the platform (404) or suspended (503). */
export interface CommuneUnavailable {
  status: 404 | 503;
  code: 'TENANT_UNKNOWN' | 'TENANT_SUSPENDED';
  message: string;
}

export const NO_COMMUNE_MESSAGE = vi['error.noCommuneText'];
export const SUSPENDED_MESSAGE = vi['error.suspendedText'];

/**
 * Reads an API refusal: the API marks the error of a request for a commune it does not serve
 * (`extensions.tenant = 'UNKNOWN'`) or a suspended one (`'SUSPENDED'`). Null for any other error.
 */
export function communeUnavailable(err: unknown): CommuneUnavailable | null {
  const why = (err as { extensions?: Record<string, unknown> } | null)?.extensions?.['tenant'];
  if (why === 'UNKNOWN')
    return { status: 404, code: 'TENANT_UNKNOWN', message: NO_COMMUNE_MESSAGE };
  if (why === 'SUSPENDED')
    return { status: 503, code: 'TENANT_SUSPENDED', message: SUSPENDED_MESSAGE };
  return null;
}
