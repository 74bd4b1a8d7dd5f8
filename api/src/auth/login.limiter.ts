import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

/** Failures of one account (by email, existing or not) before each further attempt is slowed. */
export const SLOW_AFTER_FAILURES = 5;
/** Failures of one account within the window that lock it. */
export const LOCK_AFTER_FAILURES = 10;
export const FAILURE_WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;
/** Failed logins from one address within the window before it is refused. */
export const IP_FAILURES = 50;

export type LoginRefusal =
  | { kind: 'locked'; retryAfterMs: number }
  | { kind: 'slowed'; retryAfterMs: number }
  | { kind: 'ip'; retryAfterMs: number };

/**
 * Counts failed logins in PostgreSQL (rate-limiter-flexible's table `login_rate_limit`, created by
 * the migration), so every API process sees the same counts. Keys are the normalised email —
 * whether or not an account has it, so a lock reveals nothing — and the client address.
 *
 * After 5 failures each further attempt must wait 5·2^(n−5) seconds (5, 10, 20… at most 5 minutes); 10
 * failures within 15 minutes lock the email for 15 minutes; 50 failures from one address within
 * 15 minutes refuse that address for 15 minutes. A successful login clears the email's counts.
 */
export class LoginLimiter {
  private readonly pool: pg.Pool;
  private readonly failures: RateLimiterPostgres;
  private readonly slow: RateLimiterPostgres;
  private readonly ip: RateLimiterPostgres;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // An idle connection dropped by PostgreSQL (restart, failover, shutdown) is discarded by the
    // pool and reopened on the next login; without a listener it would crash the API.
    this.pool.on('error', () => {});
    const common = {
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'login_rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.failures = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login_fail',
      points: LOCK_AFTER_FAILURES,
      duration: FAILURE_WINDOW_SECONDS,
    });
    this.slow = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login_slow',
      points: 1,
      duration: 1,
    });
    this.ip = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login_ip',
      points: IP_FAILURES,
      duration: FAILURE_WINDOW_SECONDS,
      blockDuration: LOCK_SECONDS,
    });
  }

  /** Whether an attempt for this email from this address may be tried now. */
  async check(email: string, ip: string | null): Promise<LoginRefusal | null> {
    const [fail, slow, byIp] = await Promise.all([
      this.failures.get(email),
      this.slow.get(email),
      ip ? this.ip.get(ip) : Promise.resolve(null),
    ]);
    if (fail && fail.consumedPoints > LOCK_AFTER_FAILURES)
      return { kind: 'locked', retryAfterMs: fail.msBeforeNext };
    if (byIp && byIp.consumedPoints >= IP_FAILURES)
      return { kind: 'ip', retryAfterMs: byIp.msBeforeNext };
    if (slow && slow.consumedPoints > 1 && slow.msBeforeNext > 0)
      return { kind: 'slowed', retryAfterMs: slow.msBeforeNext };
    return null;
  }

  /** Records a failure; answers the refusal that now applies (the lock, on the 10th). */
  async failed(email: string, ip: string | null): Promise<LoginRefusal | null> {
    if (ip) await this.ip.penalty(ip).catch(() => null);
    const res = await this.failures.penalty(email);
    const n = res.consumedPoints;
    if (n >= LOCK_AFTER_FAILURES) {
      await this.failures.block(email, LOCK_SECONDS);
      return { kind: 'locked', retryAfterMs: LOCK_SECONDS * 1000 };
    }
    if (n >= SLOW_AFTER_FAILURES) {
      const seconds = Math.min(5 * 2 ** (n - SLOW_AFTER_FAILURES), 300);
      await this.slow.block(email, seconds);
    }
    return null;
  }

  /** Whether this address is refused (too many failures: logins, invitation codes). */
  async ipRefused(ip: string | null): Promise<boolean> {
    if (!ip) return false;
    const res = await this.ip.get(ip);
    return !!res && res.consumedPoints >= IP_FAILURES;
  }

  /** A failure counted against the address only (a wrong invitation code). */
  async failedFromIp(ip: string | null): Promise<void> {
    if (ip) await this.ip.penalty(ip).catch(() => null);
  }

  /** A successful login: the email starts afresh. */
  async succeeded(email: string): Promise<void> {
    await Promise.all([this.failures.delete(email), this.slow.delete(email)]);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
