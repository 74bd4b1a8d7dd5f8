/**
 * Debounced autosave for the scoring sheet: changes wait a moment (typing goes on), then one save
 * runs at a time; a change made while a save runs is saved right after it. The state says what to
 * show: "Đang lưu…", "Đã lưu lúc 14:05", or why the last save failed.
 */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

export interface AutosaveTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: AutosaveTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Autosaver<T> {
  state: AutosaveState = { kind: 'idle' };
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private queued: T | null = null;
  private hasQueued = false;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly opts: {
      delayMs?: number;
      timers?: AutosaveTimers;
      /** The clock "saved at" is read on (the API's, in the app). */
      now?: () => Date;
      onChange?: (state: AutosaveState) => void;
    } = {},
  ) {}

  private set(state: AutosaveState) {
    this.state = state;
    this.opts.onChange?.(state);
  }

  /** A change: saved after the delay unless another change comes first. */
  schedule(value: T): void {
    const timers = this.opts.timers ?? realTimers;
    if (this.timer !== null) timers.clear(this.timer);
    this.queued = value;
    this.hasQueued = true;
    if (this.state.kind !== 'saving') this.set({ kind: 'pending' });
    this.timer = timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.opts.delayMs ?? 800);
  }

  /** Saves the last change now (before submitting, or when leaving the page). */
  async flush(): Promise<void> {
    const timers = this.opts.timers ?? realTimers;
    if (this.timer !== null) {
      timers.clear(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    if (!this.hasQueued) return;
    const value = this.queued as T;
    this.queued = null;
    this.hasQueued = false;
    this.set({ kind: 'saving' });
    this.running = (async () => {
      try {
        await this.save(value);
        // A newer change is already waiting: it will report its own outcome.
        if (!this.hasQueued)
          this.set({ kind: 'saved', at: (this.opts.now ?? (() => new Date()))() });
        else this.set({ kind: 'pending' });
      } catch (err) {
        this.set({
          kind: 'error',
          message: err instanceof Error && err.message ? err.message : 'Không lưu được.',
        });
      } finally {
        this.running = null;
      }
    })();
    await this.running;
    if (this.hasQueued && this.timer === null) await this.flush();
  }

  /** Drops a change not saved yet (the page saves everything another way, e.g. on submit). */
  cancel(): void {
    const timers = this.opts.timers ?? realTimers;
    if (this.timer !== null) timers.clear(this.timer);
    this.timer = null;
    this.queued = null;
    this.hasQueued = false;
  }

  /** Whether a change has not reached the server yet. */
  get dirty(): boolean {
    return this.hasQueued || this.running !== null;
  }
}

/** The status line under the sheet. */
export function autosaveLabel(state: AutosaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'pending':
      return 'Có thay đổi chưa lưu…';
    case 'saving':
      return 'Đang lưu…';
    case 'saved':
      return `Đã lưu lúc ${new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(state.at)}`;
    case 'error':
      return `Chưa lưu được: ${state.message}`;
  }
}
