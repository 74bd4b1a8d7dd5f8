import type http from 'node:http';
import pg from 'pg';
import proxyAddr from 'proxy-addr';
import { ErrorCode, HTTP_STATUS } from './errors.js';
import { languageOf } from './language.js';
import { toEnglish } from './messages.en.js';

/**
 * Strangers' requests per address per minute on `/graphql` (reads included), shared by every API
 * instance through PostgreSQL (table `rate_limit`, one row per address) without a database round
 * trip per request — issue 13's read path stays a single statement:
 * - each instance decides at once from the last total PostgreSQL told it for the address plus the
 *   requests it admitted since;
 * - every `flushMs` it adds what it admitted to the addresses' rows in one statement and learns
 *   their new totals (other instances' requests included).
 * The window is the clock minute. Across N instances an address may get up to N × what one
 * instance admits within one flush interval beyond the limit before every instance refuses it.
 * Staff (a session) and partners (a key, limited per key) are not counted here. A refused request
 * is answered 429 `RATE_LIMITED` with `Retry-After`; every counted answer carries `RateLimit-*`.
 */
export const ADDRESS_LIMIT_PREFIX = 'graphql_address:';

interface Entry {
  /** The window (clock minute, ms) the figures belong to. */
  window: number;
  /** The total PostgreSQL last returned for this window (every instance's). */
  known: number;
  /** Admitted here and not yet added to PostgreSQL. */
  pending: number;
}

export class AddressLimits {
  private readonly entries = new Map<string, Entry>();
  private readonly trust: ReturnType<typeof proxyAddr.compile>;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly opts: {
      perMinute: number;
      trustProxy: string;
      flushMs?: number;
      now?: () => number;
      onError?: (err: unknown) => void;
    },
  ) {
    this.trust = proxyAddr.compile(
      opts.trustProxy
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  /** The caller's address as Express's `trust proxy` sees it (KN_TRUST_PROXY). */
  address(req: http.IncomingMessage): string | null {
    if (!req.socket.remoteAddress) return null;
    return proxyAddr(req as Parameters<typeof proxyAddr>[0], this.trust);
  }

  /**
   * Counts a stranger's request from `address`: true when it may go on. Sets the `RateLimit-*`
   * headers, and on a refusal answers 429 itself.
   */
  admit(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const address = this.address(req);
    if (!address) return true;
    const now = this.now();
    const window = Math.floor(now / 60_000) * 60_000;
    let entry = this.entries.get(address);
    if (!entry || entry.window !== window) {
      // A new minute: what is still pending belonged to the last one and is dropped.
      entry = { window, known: 0, pending: 0 };
      this.entries.set(address, entry);
    }
    const limit = this.opts.perMinute;
    const used = entry.known + entry.pending;
    const reset = Math.max(1, Math.ceil((window + 60_000 - now) / 1000));
    res.setHeader('RateLimit-Policy', `${limit};w=60`);
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Reset', String(reset));
    if (used >= limit) {
      res.setHeader('RateLimit-Remaining', '0');
      res.setHeader('Retry-After', String(reset));
      const vi = `Có quá nhiều yêu cầu từ địa chỉ mạng này. Vui lòng thử lại sau ${reset} giây.`;
      const en = languageOf(req.headers['accept-language']) === 'en';
      res.writeHead(HTTP_STATUS.RATE_LIMITED.http, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: en ? toEnglish(vi) : vi,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: reset },
            },
          ],
        }),
      );
      // Drain the body so the connection can be reused.
      req.resume();
      return false;
    }
    entry.pending += 1;
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - used - 1)));
    this.schedule();
    return true;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.opts.flushMs ?? 250);
    this.timer.unref();
  }

  /** Adds what this instance admitted to PostgreSQL and learns each address's total. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    const keys: string[] = [];
    const points: number[] = [];
    const expires: number[] = [];
    const sent: [Entry, number][] = [];
    const current = Math.floor(this.now() / 60_000) * 60_000;
    for (const [address, entry] of this.entries) {
      if (entry.window < current) {
        // A past minute: its remainder no longer matters to anyone.
        this.entries.delete(address);
        continue;
      }
      if (entry.pending === 0) continue;
      keys.push(ADDRESS_LIMIT_PREFIX + address);
      points.push(entry.pending);
      expires.push(entry.window + 60_000);
      sent.push([entry, entry.pending]);
      entry.pending = 0;
    }
    if (keys.length === 0) return Promise.resolve();
    this.flushing = this.pool
      .query<{ key: string; points: number; expire: string }>(
        `insert into rate_limit (key, points, expire)
           select * from unnest($1::text[], $2::int[], $3::bigint[])
         on conflict (key) do update set
           points = case when rate_limit.expire = excluded.expire
                         then rate_limit.points + excluded.points else excluded.points end,
           expire = excluded.expire
         returning key, points, expire`,
        [keys, points, expires],
      )
      .then(({ rows }) => {
        for (const row of rows) {
          const entry = this.entries.get(row.key.slice(ADDRESS_LIMIT_PREFIX.length));
          if (entry && entry.window + 60_000 === Number(row.expire))
            entry.known = Math.max(entry.known, row.points);
        }
      })
      .catch((err: unknown) => {
        // PostgreSQL away: count on locally, and send these again with the next flush.
        for (const [entry, n] of sent) entry.pending += n;
        this.opts.onError?.(err);
        this.schedule();
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush().catch(() => {});
  }
}
