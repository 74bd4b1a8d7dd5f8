import pg from 'pg';

type Handler = (payload: string) => void;

/**
 * One dedicated PostgreSQL connection per API process that LISTENs for notifications — events for
 * subscriptions and wake-ups for the job runner. NOTIFY is transactional, so listeners hear only
 * what has committed, from every process using the same database. Reconnects after a failure.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private handlers = new Map<string, Set<Handler>>();
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private connected = new Set<() => void>();
  private everConnected = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: (message: string, err?: unknown) => void,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      for (const h of this.handlers.get(msg.channel) ?? []) {
        try {
          h(msg.payload ?? '');
        } catch (err) {
          this.log(`listener handler failed on ${msg.channel}`, err);
        }
      }
    });
    client.on('error', (err) => {
      // PostgreSQL shutting down or restarting (57P01–57P03) is expected, e.g. on Ctrl-C under
      // `npm start`: one line, not a stack trace.
      const code = (err as { code?: string }).code;
      if (code && /^57P0[123]$/.test(code))
        this.log(`kết nối LISTEN bị PostgreSQL đóng (${code}: ${err.message}), sẽ kết nối lại`);
      else this.log('kết nối LISTEN bị lỗi, sẽ kết nối lại', err);
      this.scheduleReconnect();
    });
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`listen "${channel}"`);
    this.client = client;
    // After a reconnect, notifications sent while away are lost: let caches start over.
    if (this.everConnected) for (const fn of this.connected) fn();
    this.everConnected = true;
  }

  /** Called after every reconnect (not the first connection). */
  onConnect(fn: () => void): void {
    this.connected.add(fn);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    const old = this.client;
    this.client = null;
    void old?.end().catch(() => {});
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((err) => {
        this.log('kết nối lại LISTEN thất bại', err);
        this.scheduleReconnect();
      });
    }, 1000);
  }

  async on(channel: string, handler: Handler): Promise<() => void> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await this.client?.query(`listen "${channel}"`);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
    this.client = null;
  }
}
