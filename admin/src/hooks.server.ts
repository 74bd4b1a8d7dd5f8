import { redirect, type Handle } from '@sveltejs/kit';
import { ViewerDocument } from '$lib/gql/graphql';
import { gql, SESSION_COOKIE } from '$lib/server/graphql';
import { endpointRouteIds, refuseNonFormPost } from '@khoi-nguon/schema/client';

const ENDPOINTS = endpointRouteIds(Object.keys(import.meta.glob('./routes/**/+server.ts')));

/** Pages that work without a session: signing in, accepting an invitation, resetting a password. */
const PUBLIC_PATHS = ['/dang-nhap', '/moi', '/quen-mat-khau', '/dat-lai-mat-khau'];

/** Where a session that must first enrol TOTP may go (the API refuses it everything else). */
const ENROLMENT_PATHS = ['/tai-khoan', '/dang-xuat'];

/** Resolves the staff member from the httpOnly session cookie; everything else needs a login. */
export const handle: Handle = async ({ event, resolve }) => {
  const refused = refuseNonFormPost(event.request, event.route.id, ENDPOINTS);
  if (refused) return refused;
  // Library files are public on the API too: passed through without looking up the session.
  if (event.url.pathname.startsWith('/media/')) return resolve(event);
  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  event.locals.token = token;
  event.locals.viewer = null;
  if (token) {
    const { viewer } = await gql(event, ViewerDocument, {}, token);
    event.locals.viewer = viewer;
    if (!viewer) {
      event.cookies.delete(SESSION_COOKIE, { path: '/' });
      event.locals.token = null;
    }
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
  return resolve(event);
};
