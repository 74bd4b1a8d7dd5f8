import express, { type Express } from 'express';

/** The clock demo mode lets the browser tests move (`ShiftedClock` in `context.ts`). */
export interface MovableClock {
  now(): Date;
  set(at: Date): void;
  advance(ms: number): void;
}

/**
 * POST /__test__/clock with `{ "now": ISO }` or `{ "advanceMs": n }` moves the server's clock, runs
 * whatever became due (scheduled publications) and answers the new time. Demo mode only: config
 * refuses KN_TEST_CLOCK elsewhere, and the server registers this only when it is set.
 */
export function registerTestClockRoutes(
  app: Express,
  deps: { clock: MovableClock; runDueJobs: (() => Promise<void>) | null },
) {
  const { clock } = deps;
  app.post('/__test__/clock', express.json(), async (req, res) => {
    const body = (req.body ?? {}) as { now?: unknown; advanceMs?: unknown };
    if (typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now))) {
      clock.set(new Date(body.now));
    } else if (typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs)) {
      clock.advance(body.advanceMs);
    } else if (body.now !== undefined || body.advanceMs !== undefined) {
      res.status(400).json({ error: 'Gửi { "now": ISO } hoặc { "advanceMs": số }.' });
      return;
    }
    if (deps.runDueJobs) await deps.runDueJobs();
    res.json({ now: clock.now().toISOString() });
  });
}
