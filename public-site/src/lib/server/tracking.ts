/**
 * After the author proves who they are on the tracking page (tracking code + contact), a
 * short-lived signed token from the API stands in for the contact, in this httpOnly cookie. Every
 * route under /tra-cuu that acts for the author reads it; the API re-checks it on each use.
 */
export const TRACK_COOKIE = 'kn_track';
export const TRACK_COOKIE_PATH = '/tra-cuu';
