/**
 * Live updates in tests without fixed sleeps. A subscription is known to be listening once a probe
 * event reaches it, and "nothing arrived" is known once a later event the subscriber does see has
 * arrived: PostgreSQL delivers NOTIFYs in commit order and the API hands them to every subscriber
 * in that order.
 */
import { randomUUID } from 'node:crypto';
import type { TestApi } from './api.js';

/** Probes carry this instant, so tests tell them from real events (which carry the clock's). */
export const PROBE_AT = '2000-01-01T00:00:00.000Z';

export const isProbe = (event: { at?: string } | null | undefined): boolean =>
  event?.at === PROBE_AT;

/** Polls until `check` holds, failing with `what` after `ms`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A NOTIFY on the API's events channel, shaped like the API's own, marked as a probe. */
export async function notifyProbe(api: TestApi, payload: Record<string, unknown>): Promise<void> {
  await api.sql('select pg_notify($1, $2)', [
    'kn_events',
    JSON.stringify({ ideaId: randomUUID(), ...payload, at: PROBE_AT }),
  ]);
}

/**
 * Sends the probe until the subscriber has heard one: its subscription is registered (a probe
 * sent before that is simply missed, so it is sent again).
 */
export async function probeUntilHeard(
  api: TestApi,
  payload: Record<string, unknown>,
  heard: () => boolean,
  what: string,
): Promise<void> {
  const end = Date.now() + 10_000;
  while (!heard()) {
    if (Date.now() > end) throw new Error(`${what} never heard a probe`);
    await notifyProbe(api, payload);
    await until(heard, what, 250).catch(() => undefined);
  }
}
