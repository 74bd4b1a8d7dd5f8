import type { Context } from '../context.js';
import { RateLimiter } from '../common/rate-limit.js';
import { MAX_REQUESTS_PER_MINUTE, rateLimitedError, recordApiKeyUse } from './api-key.service.js';

/**
 * Each key's requests per minute, counted in PostgreSQL (table `rate_limit`) so that every API
 * instance enforces one limit; every answer says where the key stands (`RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset`, `RateLimit-Policy`), and a key over its limit gets
 * 429 `RATE_LIMITED` with `Retry-After`. An admitted request is counted on the key (use count,
 * last use).
 */
export class PartnerLimits {
  private readonly limiter: RateLimiter;

  constructor(databaseUrl: string) {
    this.limiter = new RateLimiter(databaseUrl, {
      keyPrefix: 'api_key',
      max: MAX_REQUESTS_PER_MINUTE,
      windowSeconds: 60,
    });
  }

  async admit(ctx: Context, res: { setHeader(name: string, value: string): unknown }) {
    const partner = ctx.partner;
    if (!partner) return;
    const limit = partner.requestsPerMinute;
    const { consumed, msBeforeNext } = await this.limiter.count(partner.keyId);
    const reset = Math.max(1, Math.ceil(msBeforeNext / 1000));
    res.setHeader('RateLimit-Policy', `${limit};w=60`);
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - consumed)));
    res.setHeader('RateLimit-Reset', String(reset));
    if (consumed > limit) {
      // Set here: Apollo keeps only the status of an error raised while building the context.
      res.setHeader('Retry-After', String(reset));
      throw rateLimitedError(reset);
    }
    await recordApiKeyUse(ctx.em, partner.keyId, ctx.clock.now());
  }

  close(): Promise<void> {
    return this.limiter.close();
  }
}
