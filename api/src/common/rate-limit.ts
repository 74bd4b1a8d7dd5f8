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

  constructor(
    databaseUrl: string,
    opts: { keyPrefix: string; max: number; windowSeconds: number },
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // A connection dropped by PostgreSQL (restart) is reopened on the next request.
    this.pool.on('error', () => {});
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

  close(): Promise<void> {
    return this.pool.end();
  }
}
