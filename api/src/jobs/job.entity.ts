import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { PrimaryKey, OptionalProps } from '@mikro-orm/core';
import { JobStatus } from './job.enums.js';

/**
 * The visible record of a background job (an import's progress and report, a delivery's
 * attempts). graphile-worker runs it: its job's key is this row's id (`enqueueJob` writes both in
 * the caller's transaction); `attempts`, `status` and `runAt` (the next attempt, on the app's
 * clock) mirror what the worker did. Finished rows are purged after `KN_JOB_RETENTION_DAYS`.
 */
@Entity({ tableName: 'job' })
@Index({ properties: ['status', 'runAt'] })
export class Job {
  [OptionalProps]?: 'status' | 'attempts' | 'maxAttempts' | 'createdAt' | 'progress';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null for work that belongs to no commune. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  tenantId?: string | null;

  @Property({ length: 60 })
  queue: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown>;

  @Enum({ items: () => JobStatus, default: JobStatus.PENDING })
  status: JobStatus = JobStatus.PENDING;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  runAt: Date;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'integer', default: 8 })
  maxAttempts: number = 8;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  /** For long work the admin shows: { done, total }. */
  @Property({ type: 'json', nullable: true })
  progress?: { done: number; total: number } | null;

  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
