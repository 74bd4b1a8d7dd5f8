import { shouldRenewLock } from '$lib/content';

/**
 * The post's edit lock as the editor holds it: taken on opening, renewed while typing (at most once
 * a minute, timed on this computer's monotonic clock), given back when leaving.
 */
export class EditLock {
  holding = $state(false);
  /** Why the API refused the lock (someone else holds it), or null. */
  refused = $state<string | null>(null);
  private lastRenew: number | null = null;

  constructor(
    private readonly url: () => string,
    private readonly refusedMessage: () => string,
    /** Called when refused: reloads the page to show who holds it, and since when. */
    private readonly onRefused: () => Promise<void>,
  ) {}

  async take(): Promise<void> {
    this.lastRenew = performance.now();
    try {
      const res = await fetch(this.url(), { method: 'POST' });
      const answer = (await res.json()) as { ok: boolean; code?: string; message?: string };
      if (answer.ok) {
        this.holding = true;
        this.refused = null;
      } else if (answer.code === 'CONFLICT') {
        this.holding = false;
        this.refused = answer.message ?? this.refusedMessage();
        await this.onRefused();
      }
    } catch {
      // Offline for a moment: the next keystroke tries again.
      this.lastRenew = null;
    }
  }

  /** Typing: renews the lock when the last renewal is a minute old. */
  renewIfDue(): void {
    if (shouldRenewLock(this.lastRenew, performance.now())) void this.take();
  }

  /** After a save: the next keystroke renews at once. */
  forgetRenewal(): void {
    this.lastRenew = null;
  }

  release(): void {
    if (!this.holding) return;
    this.holding = false;
    void fetch(this.url(), { method: 'DELETE', keepalive: true }).catch(() => {});
  }
}
