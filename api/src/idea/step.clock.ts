import type { EntityManager } from '@mikro-orm/postgresql';
import { IdeaStatus } from './idea.enums.js';
import { IdeaStep, type Idea } from './idea.entity.js';

const DAY = 86_400_000;

/**
 * Default time for each step, used when the hub sets none; every idea's due dates can be set and
 * extended one by one (§III.3: no single fixed deadline for all).
 */
export const DEFAULT_STEP_DAYS: Partial<Record<IdeaStatus, number>> = {
  [IdeaStatus.SUBMITTED]: 7,
  [IdeaStatus.ACCEPTED]: 7,
  [IdeaStatus.IN_SUPPORT]: 30,
  [IdeaStatus.UNDER_REVIEW]: 30,
  [IdeaStatus.RECOMMENDED]: 30,
};

/** Statuses where the clock stops because the hub is waiting for the author. */
export const WAITING_ON_AUTHOR = new Set([IdeaStatus.NEEDS_INFO]);

export function effectiveDue(
  step: Pick<IdeaStep, 'dueAt' | 'pausedMs' | 'pausedAt'>,
  now: Date,
): Date | null {
  if (!step.dueAt) return null;
  const pausedNow = step.pausedAt ? now.getTime() - step.pausedAt.getTime() : 0;
  return new Date(step.dueAt.getTime() + Number(step.pausedMs) + pausedNow);
}

export function isOverdue(
  step: Pick<IdeaStep, 'dueAt' | 'pausedMs' | 'pausedAt' | 'endedAt'>,
  now: Date,
): boolean {
  if (step.endedAt || step.pausedAt) return false;
  const due = effectiveDue(step, now);
  return due !== null && due.getTime() < now.getTime();
}

export async function currentStep(em: EntityManager, ideaId: string): Promise<IdeaStep | null> {
  return em.findOne(IdeaStep, { idea: ideaId, endedAt: null }, { orderBy: { startedAt: 'desc' } });
}

/**
 * Moves the clock with a status change. Going to NEEDS_INFO pauses the current step (its due date
 * moves by the time spent waiting); coming back resumes it. Any other move closes the step and
 * opens one for the new status.
 */
export async function moveStep(
  em: EntityManager,
  idea: Idea,
  from: IdeaStatus,
  to: IdeaStatus,
  now: Date,
  dueAt?: Date | null,
): Promise<IdeaStep | null> {
  const open = await em.find(IdeaStep, { idea: idea.id, endedAt: null });
  if (WAITING_ON_AUTHOR.has(to)) {
    for (const s of open) if (!s.pausedAt) s.pausedAt = now;
    return null;
  }
  if (WAITING_ON_AUTHOR.has(from)) {
    const paused = open.find((s) => s.status === to && s.pausedAt);
    if (paused) {
      paused.pausedMs = Number(paused.pausedMs) + (now.getTime() - paused.pausedAt!.getTime());
      paused.pausedAt = null;
      if (dueAt) paused.dueAt = dueAt;
      return paused;
    }
  }
  for (const s of open) {
    if (s.pausedAt) {
      s.pausedMs = Number(s.pausedMs) + (now.getTime() - s.pausedAt.getTime());
      s.pausedAt = null;
    }
    s.endedAt = now;
  }
  const days = DEFAULT_STEP_DAYS[to];
  const terminal = [
    IdeaStatus.DUPLICATE,
    IdeaStatus.OUT_OF_SCOPE,
    IdeaStatus.NOT_ELIGIBLE,
    IdeaStatus.ARCHIVED,
    IdeaStatus.WITHDRAWN,
    IdeaStatus.SCALED,
  ].includes(to);
  return em.create(IdeaStep, {
    tenant: idea.tenant.id,
    idea,
    status: to,
    startedAt: now,
    endedAt: terminal ? now : null,
    dueAt: terminal ? null : (dueAt ?? (days ? new Date(now.getTime() + days * DAY) : null)),
    createdAt: now,
  });
}
