import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './graphql';

/** Keeps the API's session token in the httpOnly cookie (the browser never reads it). */
export function setSessionCookie(
  cookies: Cookies,
  url: URL,
  session: { token: string | null; expiresAt: Date | string | null },
): void {
  if (!session.token) return;
  cookies.set(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: session.expiresAt ? new Date(session.expiresAt) : undefined,
  });
}

/** Where to go after signing in: a path of this site only, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The second step's challenge, kept in this server's httpOnly cookie for its 5 minutes. */
export const CHALLENGE_COOKIE = 'kn_login_challenge';
