import type { Clock } from '../context.js';
import type { CronTask } from '../jobs/job.runner.js';
import { Attachment } from './attachment.entity.js';
import { UPLOAD_LIMITS } from './attachment.service.js';
import type { FileStorage } from './file.storage.js';

export const CLEANUP_TASK = 'cleanup-uploads';

/**
 * Files uploaded but never attached (an abandoned form) are removed after a day: every hour from
 * graphile-worker's crontab, on one API process at a time.
 */
export function cleanupTask(deps: { storage: FileStorage; clock: Clock }): CronTask {
  return {
    name: CLEANUP_TASK,
    schedule: '17 * * * *',
    handler: async ({ em }) => {
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
      return { removed: stale.length };
    },
  };
}
