/**
 * Background work runs on graphile-worker (its schema `graphile_worker` in the same database):
 * claiming with SKIP LOCKED across any number of API processes, LISTEN/NOTIFY wake-ups, retries
 * with exponential backoff, cron schedules and deletion of finished jobs are the library's.
 *
 * The app keeps one thing of its own: the `job` table, the visible record of work a person started
 * or waits for (an import's progress and report, a delivery's attempts). Every job is a `job` row
 * plus a graphile-worker job whose key is the row's id, both written in the caller's transaction.
 * Housekeeping (file cleanup, the scheduled-post sweep, purging old records) runs from the crontab
 * and has no `job` row.
 */
import pg from 'pg';
import {
  Logger as WorkerLogger,
  makeWorkerUtils,
  parseCronItems,
  run,
  runMigrations,
  runOnce,
  type CronItem,
  type LogFunctionFactory,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../context.js';
import { Job } from './job.entity.js';
import { JobStatus } from './job.enums.js';

/** A job that cannot succeed by trying again (e.g. a sender that is not configured). */
export class PermanentJobError extends Error {}

export type JobHandler = (
  job: Job,
  tools: { em: EntityManager; progress: (done: number, total: number) => Promise<void> },
) => Promise<Record<string, unknown> | void>;

/** Housekeeping run from the crontab: no `job` row, nothing to show. */
export type CronHandler = (tools: { em: EntityManager }) => Promise<unknown>;

export interface CronTask {
  /** The task's name, also its graphile-worker identifier. */
  name: string;
  /** Five cron fields, in UTC (graphile-worker's crontab). */
  schedule: string;
  handler: CronHandler;
}

/**
 * Queues work in the caller's transaction: the `job` row and graphile-worker's job commit or roll
 * back with the business write. `runAt` is on the app's clock; graphile-worker gets the same
 * delay from the database's clock (identical in production; in tests the app's clock moves and
 * `drain()` brings forward what that clock says is due).
 */
export async function enqueueJob(
  em: EntityManager,
  queue: string,
  payload: Record<string, unknown>,
  opts: {
    runAt: Date;
    /** The app clock's now, from which the delay is counted. */
    now: Date;
    tenantId?: string | null;
    createdBy?: string | null;
    maxAttempts?: number;
  },
): Promise<Job> {
  const maxAttempts = opts.maxAttempts ?? 8;
  const job = em.create(Job, {
    queue,
    payload,
    runAt: opts.runAt,
    tenantId: opts.tenantId ?? null,
    createdBy: opts.createdBy ?? null,
    maxAttempts,
  });
  const delayMs = Math.max(0, opts.runAt.getTime() - opts.now.getTime());
  // em.execute runs in the caller's transaction (if any): the job exists only if it commits.
  await em.execute(
    `select graphile_worker.add_job(?::text, json_build_object('jobId', ?::text),
       run_at => now() + (?::bigint * interval '1 millisecond'), max_attempts => ?::int, job_key => ?::text)`,
    [queue, job.id, delayMs, maxAttempts, job.id],
  );
  return job;
}

/** graphile-worker's delay after the n-th failed attempt: e^min(n, 10) seconds (2.7 s … 6 h). */
export function backoffMs(attempt: number): number {
  return Math.round(Math.exp(Math.min(Math.max(attempt, 1), 10)) * 1000);
}

/** A row that is not visible yet (its transaction has not committed): try again shortly. */
class JobRowMissing extends Error {}

type LogFn = (message: string, err?: unknown) => void;

function workerLogger(log: LogFn): WorkerLogger {
  const factory: LogFunctionFactory = () => (level, message) => {
    // Task failures are logged by the wrapper below, with the app's wording.
    if (level === 'error' && !/^Failed task/.test(message)) log(`graphile-worker: ${message}`);
  };
  return new WorkerLogger(factory);
}

/** Installs or upgrades graphile-worker's schema (idempotent; safe from several processes). */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => {});
  try {
    await runMigrations({ pgPool: pool, logger: workerLogger(() => {}) });
  } finally {
    await pool.end();
  }
}

export interface JobQueueOptions {
  databaseUrl: string;
  orm: MikroORM;
  handlers: Record<string, JobHandler>;
  cron: CronTask[];
  clock: Clock;
  log: LogFn;
  /** Jobs this process runs at once. */
  concurrency: number;
  /** Days a finished `job` row stays visible before the daily purge removes it. */
  retentionDays: number;
  /**
   * The app's clock is not the database's (tests, demo mode's test clock): while running, bring
   * forward every two seconds what the app's clock says is due.
   */
  followAppClock: boolean;
}

/**
 * This process's side of the queue: `start()` runs graphile-worker (jobs and crontab) until
 * `stop()`; `drain()` runs at once whatever the app's clock says is due (tests, the test clock).
 */
export class JobQueue {
  private readonly pool: pg.Pool;
  private readonly tasks: TaskList;
  private readonly logger: WorkerLogger;
  private runner: Runner | null = null;
  private follow: NodeJS.Timeout | null = null;
  private ran = 0;
  private draining: Promise<number> | null = null;

  constructor(private readonly opts: JobQueueOptions) {
    this.pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.concurrency + 2 });
    // A connection dropped by PostgreSQL (restart) is replaced on next use; never crash the API.
    this.pool.on('error', () => {});
    this.logger = workerLogger(opts.log);
    const tasks: TaskList = {};
    for (const [queue, handler] of Object.entries(opts.handlers))
      tasks[queue] = this.recorded(queue, handler);
    for (const c of opts.cron) tasks[c.name] = this.housekeeping(c);
    tasks[PURGE_TASK] = this.housekeeping({
      name: PURGE_TASK,
      schedule: PURGE_SCHEDULE,
      handler: () => this.purge(),
    });
    this.tasks = tasks;
  }

  async start(): Promise<void> {
    const crontab: CronItem[] = [
      ...this.opts.cron.map((c) => ({ task: c.name, match: c.schedule, identifier: c.name })),
      { task: PURGE_TASK, match: PURGE_SCHEDULE, identifier: PURGE_TASK },
    ];
    this.runner = await run({
      pgPool: this.pool,
      taskList: this.tasks,
      parsedCronItems: parseCronItems(crontab),
      concurrency: this.opts.concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      logger: this.logger,
    });
    // Whatever became due while no process ran (e.g. across a restart with a moved clock).
    await this.pullForward();
    if (this.opts.followAppClock) {
      this.follow = setInterval(() => {
        this.pullForward().catch((err) => this.opts.log('job queue clock', err));
      }, 2000);
      this.follow.unref();
    }
  }

  /** Makes due for graphile-worker the jobs the app's clock says are due; answers how many. */
  private async pullForward(): Promise<number> {
    const pulled = await this.pool.query(
      `update graphile_worker._private_jobs g set run_at = now()
         from job j
        where g.key = j.id::text and j.status = 'PENDING' and j.run_at <= $1
          and g.locked_at is null and g.run_at > now()`,
      [this.opts.clock.now()],
    );
    return pulled.rowCount ?? 0;
  }

  async stop(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (this.follow) clearInterval(this.follow);
    this.follow = null;
    if (runner) await runner.stop().catch((err) => this.opts.log('job queue stop', err));
    await this.draining?.catch(() => 0);
    await this.pool.end().catch(() => {});
  }

  /**
   * Runs every job the app's clock says is due, and what those jobs queue for now, then resolves
   * with how many task runs it made. Jobs waiting for a later time on the app's clock stay queued.
   */
  drain(): Promise<number> {
    const previous = this.draining ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(() => this.drainNow());
    this.draining = next.finally(() => {
      if (this.draining === next) this.draining = null;
    }) as Promise<number>;
    return next;
  }

  private async drainNow(): Promise<number> {
    const before = this.ran;
    for (let round = 0; round < 100; round++) {
      const ranBefore = this.ran;
      // What the app's clock says is due becomes due for graphile-worker too.
      const pulled = await this.pullForward();
      await runOnce({ pgPool: this.pool, taskList: this.tasks, logger: this.logger });
      if (!pulled && this.ran === ranBefore) break;
    }
    return this.ran - before;
  }

  /** A task for a queue whose jobs have a `job` row: status, attempts, progress and result. */
  private recorded(queue: string, handler: JobHandler): Task {
    return async (payload, helpers) => {
      const jobId = String((payload as { jobId?: unknown } | null)?.jobId ?? '');
      const { clock, orm } = this.opts;
      const em = orm.em.fork();
      const claimed = await em.getConnection().execute<{ id: string }[]>(
        `update job set status = 'RUNNING', locked_at = ?, attempts = ?, max_attempts = ?
          where id = ? and status in ('PENDING', 'RUNNING') returning id`,
        [clock.now(), helpers.job.attempts, helpers.job.max_attempts, jobId],
      );
      if (!claimed[0]) {
        if (!(await em.count(Job, { id: jobId })))
          throw new JobRowMissing(`job ${jobId} is not visible (yet)`);
        return; // finished already (e.g. a duplicate run after a lost lock)
      }
      this.ran++;
      const job = await em.findOneOrFail(Job, { id: jobId });
      try {
        if (job.queue !== queue) throw new PermanentJobError(`job ${jobId} is not on ${queue}`);
        const result = await handler(job, {
          em: em.fork(),
          progress: async (done, total) => {
            await orm.em.fork().nativeUpdate(Job, { id: jobId }, { progress: { done, total } });
          },
        });
        await em.nativeUpdate(
          Job,
          { id: jobId },
          {
            status: JobStatus.DONE,
            finishedAt: clock.now(),
            result: result ?? null,
            lastError: null,
          },
        );
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const permanent = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
        if (permanent) {
          await em.nativeUpdate(
            Job,
            { id: jobId },
            { status: JobStatus.FAILED, finishedAt: clock.now(), lastError: message },
          );
          // Done with for good: graphile-worker deletes the job.
          return;
        }
        this.opts.log(
          `job ${queue} ${jobId} failed (attempt ${job.attempts}), will retry`,
          message,
        );
        await em.nativeUpdate(
          Job,
          { id: jobId },
          {
            status: JobStatus.PENDING,
            runAt: new Date(clock.now().getTime() + backoffMs(job.attempts)),
            lastError: message,
          },
        );
        // graphile-worker retries it after the same backoff.
        throw err;
      }
    };
  }

  private housekeeping(c: CronTask): Task {
    return async () => {
      this.ran++;
      try {
        await c.handler({ em: this.opts.orm.em.fork() });
      } catch (err) {
        this.opts.log(`cron ${c.name} failed, will retry`, err);
        throw err;
      }
    };
  }

  /**
   * Daily: removes `job` rows finished more than the retention ago, graphile-worker's jobs
   * that failed for good and its unused task names and queues, and the limiters' ended windows.
   */
  private async purge(): Promise<{ removed: number }> {
    const before = new Date(this.opts.clock.now().getTime() - this.opts.retentionDays * 86_400_000);
    const removed = await this.opts.orm.em.fork().nativeDelete(Job, {
      status: { $in: [JobStatus.DONE, JobStatus.FAILED] },
      finishedAt: { $lt: before },
    });
    // The limiters' rows whose window has ended (their counters use real time, as
    // rate-limiter-flexible does): one row per address, contact or key seen.
    for (const table of ['rate_limit', 'login_rate_limit'])
      await this.pool.query(`delete from ${table} where expire is not null and expire < $1`, [
        Date.now(),
      ]);
    const utils = await makeWorkerUtils({ pgPool: this.pool, logger: this.logger });
    try {
      await utils.cleanup({
        tasks: ['DELETE_PERMAFAILED_JOBS', 'GC_TASK_IDENTIFIERS', 'GC_JOB_QUEUES'],
        taskIdentifiersToKeep: Object.keys(this.tasks),
      });
    } finally {
      await utils.release();
    }
    return { removed };
  }

  /** Runs the daily purge now (tests). */
  purgeNow(): Promise<{ removed: number }> {
    return this.purge();
  }

  /** Runs one crontab task now, in this process, without waiting for its tick (tests). */
  async runCronNow(name: string): Promise<unknown> {
    const task = this.opts.cron.find((c) => c.name === name);
    if (!task) throw new Error(`no cron task ${name}`);
    return task.handler({ em: this.opts.orm.em.fork() });
  }
}

const PURGE_TASK = 'purge-finished-jobs';
/** 03:30 in Vietnam. */
const PURGE_SCHEDULE = '30 20 * * *';
