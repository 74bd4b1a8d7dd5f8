import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A limit of requests per key (an IP address) within a window, counted in PostgreSQL by
 * rate-limiter-flexible (table `rate_limit`, created by a migration), so every API process behind
 * a load balancer enforces the same limit. The window is fixed: it starts at a key's first request.
 */
export class RateLimiter {
  private readonly pool: pg.Pool;
  private readonly limiter: RateLimiterPostgres;

  private readonly ownPool: boolean;

  constructor(
    database: string | pg.Pool,
    opts: { keyPrefix: string; max: number; windowSeconds: number },
  ) {
    this.ownPool = typeof database === 'string';
    this.pool =
      typeof database === 'string' ? new pg.Pool({ connectionString: database, max: 2 }) : database;
    // A connection dropped by PostgreSQL (restart) is reopened on the next request.
    if (this.ownPool) this.pool.on('error', () => {});
    this.limiter = new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: opts.keyPrefix,
      points: opts.max,
      duration: opts.windowSeconds,
    });
  }

  /** Counts a request: null when allowed, else the milliseconds until the next is. */
  async hit(key: string): Promise<number | null> {
    try {
      await this.limiter.consume(key);
      return null;
    } catch (err) {
      if (err instanceof RateLimiterRes) return Math.max(1000, err.msBeforeNext);
      throw err;
    }
  }

  /** Without counting: null when `key` may go on, else the milliseconds until it may. */
  async blockedFor(key: string): Promise<number | null> {
    const r = await this.limiter.get(key);
    if (!r || r.remainingPoints > 0) return null;
    return Math.max(1000, r.msBeforeNext);
  }

  /**
   * Counts a request without refusing it below the limiter's own maximum: the requests counted
   * for `key` in its current window (this one included) and the milliseconds until it ends, for
   * a caller whose limit is lower and its own (a partner's key).
   */
  async count(key: string): Promise<{ consumed: number; msBeforeNext: number }> {
    try {
      const r = await this.limiter.consume(key);
      return { consumed: r.consumedPoints, msBeforeNext: r.msBeforeNext };
    } catch (err) {
      if (err instanceof RateLimiterRes)
        return { consumed: err.consumedPoints, msBeforeNext: err.msBeforeNext };
      throw err;
    }
  }

  /** Closes its connections (a pool it was given is its owner's to close). */
  close(): Promise<void> {
    return this.ownPool ? this.pool.end() : Promise.resolve();
  }
}
