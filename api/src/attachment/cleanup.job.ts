import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../context.js';
import { enqueueJob, type JobHandler } from '../jobs/job.runner.js';
import { Job } from '../jobs/job.entity.js';
import { JobStatus } from '../jobs/job.enums.js';
import { Attachment } from './attachment.entity.js';
import { UPLOAD_LIMITS } from './attachment.service.js';
import type { FileStorage } from './file.storage.js';

export const CLEANUP_QUEUE = 'cleanup-uploads';
const EVERY_MS = 3_600_000;

/** Files uploaded but never attached (an abandoned form) are removed after a day, every hour. */
export function cleanupHandler(deps: { storage: FileStorage; clock: Clock }): JobHandler {
  return async (_job, { em }) => {
    const now = deps.clock.now();
    const before = new Date(now.getTime() - UPLOAD_LIMITS.unattachedHours * 3_600_000);
    const stale = await em.find(
      Attachment,
      // attachedAt marks files kept by something other than an idea (a council's decision).
      { idea: null, attachedAt: null, createdAt: { $lt: before } },
      { limit: 500 },
    );
    for (const a of stale) await deps.storage.delete(a.storageKey);
    if (stale.length) await em.nativeDelete(Attachment, { id: { $in: stale.map((a) => a.id) } });
    await em.transactional((tx) =>
      enqueueJob(tx, CLEANUP_QUEUE, {}, { runAt: new Date(now.getTime() + EVERY_MS) }),
    );
    return { removed: stale.length };
  };
}

/** Makes sure one cleanup is queued (several API processes may call this at once; extra ones are harmless). */
export async function scheduleCleanup(em: EntityManager, now: Date): Promise<void> {
  const pending = await em.count(Job, {
    queue: CLEANUP_QUEUE,
    status: { $in: [JobStatus.PENDING, JobStatus.RUNNING] },
  });
  if (!pending)
    await em.transactional((tx) =>
      enqueueJob(tx, CLEANUP_QUEUE, {}, { runAt: new Date(now.getTime() + EVERY_MS) }),
    );
}
