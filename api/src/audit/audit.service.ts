import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAllowed, isStaff, mayReadAuditLog, type Viewer } from '../common/access.js';
import { AuditEntry } from './audit.entity.js';
import { AuditAction } from './audit.enums.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { pageByCreatedAt } from '../common/connection.js';
import { Validator } from '../common/validate.js';
import type { AuditWhereInput } from './audit.inputs.js';
import { AuditConnection } from './audit.types.js';

export interface AuditActor {
  id: string | null;
  name: string;
}

export const AUTHOR_ACTOR: AuditActor = { id: null, name: 'Tác giả' };
export const SYSTEM_ACTOR: AuditActor = { id: null, name: 'Hệ thống' };

/** Who did it, for the log: the signed-in staff member, otherwise `fallback` (system, author). */
export function auditActor(viewer: Viewer, fallback: AuditActor = SYSTEM_ACTOR): AuditActor {
  return isStaff(viewer) ? { id: viewer.userId, name: viewer.fullName } : fallback;
}

/** Adds an entry in the caller's unit of work (it commits, or not, with the change it records). */
export function audit(
  em: EntityManager,
  entry: {
    tenantId: string;
    action: AuditAction;
    actor: AuditActor;
    ideaId?: string | null;
    reason?: string | null;
    details?: Record<string, unknown> | null;
    at: Date;
  },
): void {
  em.create(AuditEntry, {
    tenant: entry.tenantId,
    action: entry.action,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    ideaId: entry.ideaId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
    createdAt: entry.at,
  });
}

/** Why staff read authors' personal data, when a request does not say (the audit's purpose). */
export const PERSONAL_DATA_READ_PURPOSE = 'xem ý tưởng';

/**
 * Records staff reads of authors' personal data. Reads in the same tick (a page of ideas) are
 * written in one statement, so auditing does not multiply the queries of a list.
 */
export class PersonalDataAudit {
  private readonly loader: DataLoader<string, true>;
  constructor(
    em: EntityManager,
    private readonly viewer: Viewer,
    actorName: () => Promise<string>,
    tenantId: string,
    now: () => Date,
    purpose: string,
  ) {
    this.loader = new DataLoader<string, true>(async (ideaIds) => {
      if (!isStaff(viewer)) return ideaIds.map(() => true as const);
      const name = await actorName();
      const at = now();
      const fork = em.fork();
      for (const ideaId of ideaIds) {
        fork.create(AuditEntry, {
          tenant: tenantId,
          action: AuditAction.PERSONAL_DATA_READ,
          actorId: viewer.userId,
          actorName: name,
          ideaId,
          details: { purpose },
          createdAt: at,
        });
      }
      await fork.flush();
      return ideaIds.map(() => true as const);
    });
  }

  record(ideaId: string): Promise<true> {
    return this.loader.load(ideaId);
  }
}

/** The audit log, newest first; the hub's alone. */
export async function auditLogPage(
  ctx: Context,
  where: AuditWhereInput | null,
  page: { first: number; after: string | null },
): Promise<AuditConnection> {
  assertAllowed(
    ctx.viewer,
    mayReadAuditLog(ctx.viewer),
    'Chỉ cơ quan đầu mối được xem nhật ký kiểm toán.',
  );
  const v = new Validator();
  v.id('actorId', where?.actorId, 'cán bộ');
  v.id('ideaId', where?.ideaId, 'ý tưởng');
  v.throwIfInvalid();
  const filter = (): FilterQuery<AuditEntry> => ({
    tenant: ctx.tenant.id,
    ...(where?.actions?.length ? { action: { $in: where.actions } } : {}),
    ...(where?.actorId ? { actorId: where.actorId } : {}),
    ...(where?.ideaId ? { ideaId: where.ideaId } : {}),
    ...(where?.from || where?.to
      ? {
          createdAt: {
            ...(where.from ? { $gte: where.from } : {}),
            ...(where.to ? { $lt: where.to } : {}),
          },
        }
      : {}),
  });
  return AuditConnection.from(await pageByCreatedAt(ctx.em, AuditEntry, filter, page));
}
