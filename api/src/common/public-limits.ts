/**
 * Limits of what strangers may do without a session, counted in PostgreSQL (table `rate_limit`,
 * rate-limiter-flexible) so that every API instance enforces one limit:
 * - submissions per address per hour and per contact (email, phone) per day — a partner's
 *   `SUBMIT` key (a kiosk serving a whole village from one address) is limited per key instead
 *   of per address, and the contact limit still applies;
 * - failed tracking lookups per address per 10 minutes, so tracking codes cannot be guessed;
 * - lost-code requests per address per hour and per contact per day, counted whether or not the
 *   contact is known (the answer is the same either way), so they neither spam nor probe;
 * - a honeypot: the public form's hidden `website` field, which people leave empty.
 * Staff sessions are not limited here. Each limit is off when configured to 0.
 */
import pg from 'pg';
import { AppError, ErrorCode } from './errors.js';
import { RateLimiter } from './rate-limit.js';

export const HONEYPOT_MESSAGE = 'Không gửi được ý tưởng. Vui lòng tải lại trang và thử lại.';

function limited(message: string, ms: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
}

/** Whole minutes to wait, for the messages. */
function wait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

export class PublicLimits {
  private readonly pool: pg.Pool;
  private readonly perAddress: RateLimiter | null;
  private readonly perContact: RateLimiter | null;
  private readonly tracking: RateLimiter | null;
  private readonly remindAddress: RateLimiter | null;
  private readonly remindContact: RateLimiter | null;

  constructor(config: {
    databaseUrl: string;
    submissionsPerAddressPerHour: number;
    submissionsPerContactPerDay: number;
    trackingFailuresPerAddress: number;
    codeRemindersPerAddressPerHour?: number;
    codeRemindersPerContactPerDay?: number;
  }) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
    this.pool.on('error', () => {});
    const limiter = (keyPrefix: string, max: number, windowSeconds: number) =>
      max > 0 ? new RateLimiter(this.pool, { keyPrefix, max, windowSeconds }) : null;
    this.perAddress = limiter('submit_address', config.submissionsPerAddressPerHour, 3600);
    this.perContact = limiter('submit_contact', config.submissionsPerContactPerDay, 86_400);
    this.tracking = limiter('track_fail', config.trackingFailuresPerAddress, 600);
    this.remindAddress = limiter(
      'remind_address',
      config.codeRemindersPerAddressPerHour ?? 10,
      3600,
    );
    this.remindContact = limiter(
      'remind_contact',
      config.codeRemindersPerContactPerDay ?? 3,
      86_400,
    );
  }

  /**
   * Before a stranger's submission is stored (a retry of a stored one is not counted): the
   * address (or the partner's key), then each contact given.
   */
  async admitSubmission(opts: {
    address: string | null;
    partnerKeyId: string | null;
    contacts: (string | null)[];
  }): Promise<void> {
    if (this.perAddress && !opts.partnerKeyId && opts.address) {
      const ms = await this.perAddress.hit(opts.address);
      if (ms !== null)
        throw limited(
          `Đã có quá nhiều ý tưởng gửi từ địa chỉ mạng này trong một giờ. Vui lòng thử lại sau ${wait(ms)} phút.`,
          ms,
        );
    }
    if (this.perContact) {
      for (const contact of new Set(opts.contacts.filter((c): c is string => Boolean(c)))) {
        const ms = await this.perContact.hit(contact);
        if (ms !== null)
          throw limited(
            `Email hoặc số điện thoại này đã gửi nhiều ý tưởng trong hôm nay. Vui lòng thử lại sau ${wait(ms)} phút.`,
            ms,
          );
      }
    }
  }

  /** Before a tracking lookup: refused while the address is over its failures. */
  async admitTracking(address: string | null): Promise<void> {
    if (!this.tracking || !address) return;
    const ms = await this.tracking.blockedFor(address);
    if (ms !== null)
      throw limited(
        `Đã tra cứu sai quá nhiều lần từ địa chỉ mạng này. Vui lòng thử lại sau ${wait(ms)} phút.`,
        ms,
      );
  }

  /** A tracking lookup that found nothing: counted against the address. */
  async trackingFailed(address: string | null): Promise<void> {
    if (!this.tracking || !address) return;
    await this.tracking.hit(address);
  }

  /** Before a lost-code request is answered: the address, then the contact asked about. */
  async admitCodeReminder(opts: { address: string | null; contact: string }): Promise<void> {
    if (this.remindAddress && opts.address) {
      const ms = await this.remindAddress.hit(opts.address);
      if (ms !== null)
        throw limited(
          `Đã có quá nhiều yêu cầu gửi lại mã từ địa chỉ mạng này. Vui lòng thử lại sau ${wait(ms)} phút.`,
          ms,
        );
    }
    if (this.remindContact) {
      const ms = await this.remindContact.hit(opts.contact);
      if (ms !== null)
        throw limited(
          `Mã tra cứu đã được gửi lại cho email hoặc số điện thoại này nhiều lần trong hôm nay. Vui lòng thử lại sau ${wait(ms)} phút.`,
          ms,
        );
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
