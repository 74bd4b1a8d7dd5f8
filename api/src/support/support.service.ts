import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  seesWholeTenant,
  worksOnIdea,
  type StaffViewer,
} from '../common/access.js';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { IdeaStatus, RevisionSource } from '../idea/idea.enums.js';
import { validateContent } from '../idea/submission.service.js';
import { recordRevision } from '../idea/revision.recorder.js';
import { applyTransition, publishFor } from '../idea/transition.core.js';
import { openReview } from '../council/review.service.js';
import { SupportPlan, SupportTask } from './support.entity.js';
import { SupportStatus } from './support.enums.js';
import type { SupportInput } from './support.inputs.js';

/** Checks a support assignment; called while validating a move to IN_SUPPORT. */
export async function validateSupport(
  em: EntityManager,
  tenantId: string,
  input: SupportInput | null | undefined,
  v: Validator,
): Promise<{ expert: StaffUser | null; unit: Unit | null; goal: string; tasks: string[] }> {
  let expert: StaffUser | null = null;
  let unit: Unit | null = null;
  if (input?.expertId) {
    expert = isUuid(input.expertId)
      ? await em.findOne(StaffUser, { id: input.expertId, tenant: tenantId, active: true })
      : null;
    if (!expert) v.add('support.expertId', 'Chuyên gia không tồn tại.');
  }
  if (input?.unitId) {
    unit = isUuid(input.unitId)
      ? await em.findOne(Unit, { id: input.unitId, tenant: tenantId, active: true })
      : null;
    if (!unit) v.add('support.unitId', 'Đơn vị không tồn tại.');
  }
  const goal =
    v.text('support.goal', input?.goal, { label: 'mục tiêu hỗ trợ', max: 2000, multiline: true }) ??
    'Hỗ trợ tác giả hoàn thiện nội dung, tài liệu và mô hình triển khai ý tưởng.';
  const tasks = (input?.tasks ?? [])
    .map((t, i) => v.text(`support.tasks.${i}`, t, { label: 'việc', max: 300 }))
    .filter((t): t is string => Boolean(t));
  return { expert, unit, goal, tasks };
}

/** Starts support for an idea entering IN_SUPPORT (in the caller's transaction). */
export function startSupport(
  tx: EntityManager,
  idea: Idea,
  s: Awaited<ReturnType<typeof validateSupport>>,
  now: Date,
): SupportPlan {
  const plan = tx.create(SupportPlan, {
    tenant: idea.tenant.id,
    idea,
    expert: s.expert,
    unit: s.unit,
    goal: s.goal,
    createdAt: now,
  });
  for (const title of s.tasks)
    tx.create(SupportTask, { tenant: idea.tenant.id, plan, title, createdAt: now });
  idea.supportExpert = s.expert ? (tx.getReference(StaffUser, s.expert.id) as never) : null;
  idea.supportUnit = s.unit ? (tx.getReference(Unit, s.unit.id) as never) : null;
  return plan;
}

async function planForWork(
  tx: EntityManager,
  ctx: Context,
  planId: string,
): Promise<{ plan: SupportPlan; idea: Idea; viewer: StaffViewer }> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  const plan = isUuid(planId)
    ? await tx.findOne(SupportPlan, { id: planId, tenant: ctx.tenant.id })
    : null;
  if (!plan) throw new NotFoundError('Không tìm thấy kế hoạch hỗ trợ.');
  const idea = await tx.findOneOrFail(
    Idea,
    { id: plan.idea.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!worksOnIdea(ctx.viewer, idea))
    throw new ForbiddenError('Bạn không được giao hỗ trợ ý tưởng này.');
  if (plan.status !== SupportStatus.ACTIVE)
    throw new InvalidTransitionError('Kế hoạch hỗ trợ đã hoàn thành.');
  return { plan, idea, viewer };
}

export async function addTask(
  ctx: Context,
  planId: string,
  title: string,
  dueAt: Date | null,
): Promise<SupportPlan> {
  return ctx.em.fork().transactional(async (tx) => {
    const { plan } = await planForWork(tx, ctx, planId);
    const v = new Validator();
    const t = v.text('title', title, { label: 'tên việc', required: true, max: 300 });
    v.throwIfInvalid();
    tx.create(SupportTask, {
      tenant: ctx.tenant.id,
      plan,
      title: t!,
      dueAt,
      createdAt: ctx.clock.now(),
    });
    await tx.flush();
    return plan;
  });
}

export async function setTaskDone(
  ctx: Context,
  taskId: string,
  done: boolean,
): Promise<SupportPlan> {
  return ctx.em.fork().transactional(async (tx) => {
    const task = isUuid(taskId)
      ? await tx.findOne(SupportTask, { id: taskId, tenant: ctx.tenant.id })
      : null;
    if (!task) throw new NotFoundError('Không tìm thấy việc.');
    const { plan } = await planForWork(tx, ctx, task.plan.id);
    task.doneAt = done ? ctx.clock.now() : null;
    await tx.flush();
    return plan;
  });
}

/** A new version worked out with the author during support (earlier versions are kept). */
export async function reviseDuringSupport(
  ctx: Context,
  planId: string,
  content: {
    title?: string | null;
    problem?: string | null;
    solution?: string | null;
    benefit?: string | null;
    requirements?: string | null;
  },
  note: string,
): Promise<Idea> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { idea } = await planForWork(tx, ctx, planId);
    const v = new Validator();
    const merged = validateContent(v, {
      title: content.title ?? idea.title,
      problem: content.problem ?? idea.problem,
      solution: content.solution ?? idea.solution,
      benefit: content.benefit ?? idea.benefit,
      requirements: content.requirements ?? idea.requirements ?? null,
    });
    const why = v.text('note', note, {
      label: 'ghi chú phiên bản',
      required: true,
      max: 2000,
      multiline: true,
    });
    v.throwIfInvalid();
    await idea.fields.init();
    Object.assign(idea, {
      title: merged.title,
      problem: merged.problem,
      solution: merged.solution,
      benefit: merged.benefit,
      requirements: merged.requirements,
      updatedAt: now,
    });
    const fieldIds = idea.fields.getIdentifiers('id') as string[];
    recordRevision(tx, idea, {
      source: RevisionSource.SUPPORT,
      fieldIds,
      note: why,
      at: now,
    });
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.SUPPORT_CHANGED,
      actor: auditActor(ctx.viewer),
      ideaId: idea.id,
      details: { revision: idea.revision },
      reason: why,
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}

/** Support is done: the idea goes (back) to a council. */
export async function completeSupport(
  ctx: Context,
  planId: string,
  councilId: string | null,
  message: string | null,
): Promise<Idea> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { plan, idea, viewer } = await planForWork(tx, ctx, planId);
    if (!seesWholeTenant(viewer) && idea.supportExpert?.id !== viewer.userId) {
      throw new ForbiddenError(
        'Chỉ cơ quan đầu mối hoặc chuyên gia được giao mới kết thúc hỗ trợ.',
      );
    }
    if (idea.status !== IdeaStatus.IN_SUPPORT)
      throw new InvalidTransitionError('Ý tưởng không ở bước hỗ trợ hoàn thiện.');
    plan.status = SupportStatus.DONE;
    plan.completedAt = now;
    idea.supportExpert = null;
    idea.supportUnit = null;
    await applyTransition(tx, {
      tenantId: ctx.tenant.id,
      idea,
      to: IdeaStatus.UNDER_REVIEW,
      actor: auditActor(ctx.viewer),
      now,
      message,
      auditDetails: { supportPlanId: plan.id },
    });
    await tx.flush();
    await openReview(tx, idea, { councilId, now });
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
    return idea;
  });
}
