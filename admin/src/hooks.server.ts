import { redirect, type Handle } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { LANG_COOKIE, pickLanguage } from '$lib/language';
import { useLanguage } from '$lib/messages';
import { ViewerDocument } from '$lib/gql/graphql';
import { ApiError, gql, SESSION_COOKIE } from '$lib/server/graphql';
import {
  endpointRouteIds,
  refuseNonFormPost,
  withSecurityHeaders,
} from '@khoi-nguon/schema/client';
import { env } from '$env/dynamic/private';

const ENDPOINTS = endpointRouteIds(Object.keys(import.meta.glob('./routes/**/+server.ts')));

/** Pages that work without a session: signing in, the language choice, accepting an invitation, resetting a password. */
const PUBLIC_PATHS = ['/dang-nhap', '/ngon-ngu', '/moi', '/quen-mat-khau', '/dat-lai-mat-khau'];

/** Where a session that must first enrol TOTP may go (the API refuses it everything else). */
const ENROLMENT_PATHS = ['/tai-khoan', '/dang-xuat', '/ngon-ngu'];

// `t` speaks the language of the request being handled (load functions, actions, rendering).
useLanguage(() => {
  try {
    return getRequestEvent().locals.lang ?? 'vi';
  } catch {
    return 'vi';
  }
});

/**
 * The API's time for a request without a session (the login page). That page compares no dates,
 * so when the API cannot be reached it still opens (and says so when the form is sent), with the
 * time of this machine standing in.
 */
async function apiTimeForGuest(event: Parameters<Handle>[0]['event']): Promise<string> {
  try {
    return (await gql(event, ViewerDocument, {}, null)).serverTime;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return new Date().toISOString();
  }
}

/** Resolves the staff member from the httpOnly session cookie; everything else needs a login. */
const app: Handle = async ({ event, resolve }) => {
  event.locals.lang = pickLanguage(
    event.cookies.get(LANG_COOKIE),
    event.request.headers.get('accept-language'),
  );
  const lang = event.locals.lang;
  const render = () =>
    resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
  const refused = refuseNonFormPost(event.request, event.route.id, ENDPOINTS);
  if (refused) return refused;
  // Library files are public on the API too: passed through without looking up the session.
  if (event.url.pathname.startsWith('/media/')) return resolve(event);
  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  event.locals.token = token;
  event.locals.viewer = null;
  if (token) {
    const { viewer, serverTime } = await gql(event, ViewerDocument, {}, token);
    event.locals.viewer = viewer;
    event.locals.now = serverTime;
    if (!viewer) {
      event.cookies.delete(SESSION_COOKIE, { path: '/' });
      event.locals.token = null;
    }
  } else {
    event.locals.now = await apiTimeForGuest(event);
  }
  const isPublic =
    PUBLIC_PATHS.some((p) => event.url.pathname.startsWith(p)) ||
    event.url.pathname.startsWith('/_app');
  if (!event.locals.viewer && !isPublic) {
    const next = event.url.pathname + event.url.search;
    redirect(303, `/dang-nhap?next=${encodeURIComponent(next)}`);
  }
  if (
    event.locals.viewer?.twoFactorEnrolmentRequired &&
    !ENROLMENT_PATHS.some((p) => event.url.pathname.startsWith(p)) &&
    !event.url.pathname.startsWith('/_app')
  ) {
    redirect(303, '/tai-khoan#xac-thuc-hai-buoc');
  }
  return render();
};

/** Every answer carries the security headers (HSTS in production). */
export const handle: Handle = async ({ event, resolve }) =>
  withSecurityHeaders(await app({ event, resolve }), { hsts: env.NODE_ENV === 'production' });
