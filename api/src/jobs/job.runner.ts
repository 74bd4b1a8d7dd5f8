import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../context.js';
import type { PgListener } from '../common/pg-listener.js';
import { Job } from './job.entity.js';
import { JobStatus } from './job.enums.js';

export const JOBS_CHANNEL = 'kn_jobs';

/** A job that cannot succeed by trying again (e.g. a sender that is not configured). */
export class PermanentJobError extends Error {}

export type JobHandler = (
  job: Job,
  tools: { em: EntityManager; progress: (done: number, total: number) => Promise<void> },
) => Promise<Record<string, unknown> | void>;

/** Queues work in the caller's transaction; the runner is woken when it commits. */
export async function enqueueJob(
  em: EntityManager,
  queue: string,
  payload: Record<string, unknown>,
  opts: { runAt: Date; tenantId?: string | null; createdBy?: string | null; maxAttempts?: number },
): Promise<Job> {
  const job = em.create(Job, {
    queue,
    payload,
    runAt: opts.runAt,
    tenantId: opts.tenantId ?? null,
    createdBy: opts.createdBy ?? null,
    maxAttempts: opts.maxAttempts ?? 8,
  });
  // em.execute runs in the caller's transaction: the wake-up is delivered only if it commits.
  await em.execute('select pg_notify(?, ?)', [JOBS_CHANNEL, queue]);
  return job;
}

/** Retry delay after the n-th failed attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/**
 * Runs queued jobs. Jobs are claimed with FOR UPDATE SKIP LOCKED, so any number of API processes
 * can run the same queue without running a job twice; a job whose process died is taken over
 * after ten minutes.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly handlers: Record<string, JobHandler>,
    private readonly clock: Clock,
    private readonly log: (message: string, err?: unknown) => void,
    private readonly pollMs = 2000,
  ) {}

  async start(listener: PgListener): Promise<void> {
    this.stopped = false;
    await listener.on(JOBS_CHANNEL, () => this.kick());
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs everything due now; resolves when the queue has nothing due. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        while (!this.stopped || this.again) {
          const ran = await this.runOne().catch((err) => {
            this.log('job runner error', err);
            return false;
          });
          if (!ran) break;
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Used by tests with the runner stopped: run what is due at the clock's time. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n++;
    return n;
  }

  private async runOne(): Promise<boolean> {
    const now = this.clock.now();
    const em = this.orm.em.fork();
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(
      `update job set status = 'RUNNING', locked_at = ?, attempts = attempts + 1
        where id = (select id from job
                     where (status = 'PENDING' and run_at <= ?)
                        or (status = 'RUNNING' and locked_at < ?::timestamptz - interval '10 minutes')
                     order by run_at, created_at limit 1 for update skip locked)
        returning id`,
      [now, now, now],
    );
    const id = rows[0]?.id as string | undefined;
    if (!id) return false;
    const job = await em.findOneOrFail(Job, { id });
    const handler = this.handlers[job.queue];
    try {
      if (!handler) throw new PermanentJobError(`Không có bộ xử lý cho hàng đợi "${job.queue}"`);
      const result = await handler(job, {
        em: em.fork(),
        progress: async (done, total) => {
          await this.orm.em.fork().nativeUpdate(Job, { id: job.id }, { progress: { done, total } });
        },
      });
      await em.nativeUpdate(
        Job,
        { id: job.id },
        {
          status: JobStatus.DONE,
          finishedAt: this.clock.now(),
          result: result ?? null,
          lastError: null,
        },
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      if (!permanent)
        this.log(
          `job ${job.queue} ${job.id} failed (attempt ${job.attempts}), will retry`,
          message,
        );
      await em.nativeUpdate(
        Job,
        { id: job.id },
        permanent
          ? { status: JobStatus.FAILED, finishedAt: this.clock.now(), lastError: message }
          : {
              status: JobStatus.PENDING,
              runAt: new Date(this.clock.now().getTime() + backoffMs(job.attempts)),
              lastError: message,
            },
      );
    }
    return true;
  }
}
