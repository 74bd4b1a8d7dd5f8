import type { Cookies } from '@sveltejs/kit';

/**
 * After the author proves who they are on the tracking page (tracking code + contact), a signed
 * token from the API stands in for the contact, in this httpOnly cookie. Every route under
 * /tra-cuu that acts for the author reads it; the API re-checks it on each use.
 *
 * On a person's own phone the page remembers them for SESSION_MINUTES after their last action
 * (renewed on every page shown). On a shared device in kiosk mode (a reception point: KIOSK_COOKIE
 * set on the device from /may-dung-chung) the author is forgotten after each use: only the answers
 * to their own actions show the idea, a page opened afresh never does, and the cookie lasts
 * KIOSK_MINUTES at most; with JavaScript the page also signs out after KIOSK_IDLE_SECONDS idle.
 */
export const TRACK_COOKIE = 'kn_track';
export const TRACK_COOKIE_PATH = '/tra-cuu';
export const SESSION_MINUTES = 30;

export const KIOSK_COOKIE = 'kn_kiosk';
export const KIOSK_MINUTES = 3;
export const KIOSK_IDLE_SECONDS = 90;

export function isKiosk(cookies: Cookies): boolean {
  return cookies.get(KIOSK_COOKIE) === '1';
}

/** Keeps (or renews) the author's token on this device for the session's length. */
export function rememberAuthor(cookies: Cookies, token: string, secure: boolean): void {
  cookies.set(TRACK_COOKIE, token, {
    path: TRACK_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: (isKiosk(cookies) ? KIOSK_MINUTES : SESSION_MINUTES) * 60,
  });
}

export function forgetAuthor(cookies: Cookies): void {
  cookies.delete(TRACK_COOKIE, { path: TRACK_COOKIE_PATH });
}

/** Puts a device in kiosk mode (for a year) or back to a personal device. */
export function setKiosk(cookies: Cookies, on: boolean, secure: boolean): void {
  if (on)
    cookies.set(KIOSK_COOKIE, '1', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: 365 * 24 * 3600,
    });
  else cookies.delete(KIOSK_COOKIE, { path: '/' });
}
