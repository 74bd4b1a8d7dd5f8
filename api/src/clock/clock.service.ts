import type { Context } from '../context.js';

/**
 * The platform's "now": the clock every service, job and due date uses (in demo mode the test
 * clock the browser tests move). The apps compare the API's dates with this, never with their own
 * clock, so "days left" and "overdue" read the same in the admin, the public site and the API.
 */
export function serverTime(ctx: Context): Date {
  return ctx.clock.now();
}
