/**
 * The API's clock, as the admin reads it. Dates from the API (due dates, lock expiries, invitation
 * links) are compared with the API's "now" — `serverTime`, asked with the viewer on every request
 * (`locals.now`, and `now` in every page's data) — never with this machine's clock, which may be
 * off (a reception point's computer, the platform's test clock running ahead).
 */

/**
 * "Now" on the API's clock: the `serverTime` it answered, moved on by the time that has passed
 * here since (measured with the monotonic clock, so a wrong wall clock does not matter).
 */
export function apiClock(serverTime: string, elapsed: () => number = monotonicMs): () => Date {
  const base = Date.parse(serverTime);
  if (Number.isNaN(base)) throw new Error(`serverTime không hợp lệ: ${serverTime}`);
  const start = elapsed();
  return () => new Date(base + (elapsed() - start));
}

function monotonicMs(): number {
  return performance.now();
}
