/**
 * Triage by the hub: every decision goes through `transition`, which checks what each decision
 * needs and hands the move to applyTransition (state machine, clock, response, audit, live event).
 * Moves that belong to a process ask for its data: a council for UNDER_REVIEW, a pilot for
 * PILOTING, an adoption for APPLIED/SCALED; the council's own decisions are the chair's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { raw } from '@mikro-orm/core';
import {
  assertAllowed,
  isStaff,
  mayMessageAuthor,
  maySeeIdeaEvent,
  mayTriage,
} from '../common/access.js';
import { viCollator } from '../common/text.js';
import { Role } from '../common/roles.js';
import type { IdeaEventPayload } from './idea.events.js';
import type { IdeaStepInfo, InboxSummary, StaffMember } from './triage.types.js';
import type { IdeaActivityType } from './triage.enums.js';
import { ideaReadFilter } from './idea.access.js';
import {
  AppError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
} from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Idea, IdeaEvent, IdeaMessage, IdeaStep } from './idea.entity.js';
import { IdeaEventKind, IdeaStatus, ResponseKind, RevisionSource } from './idea.enums.js';
import { canTransition } from './idea.workflow.js';
import { currentStep, effectiveDue, isOverdue } from './step.clock.js';
import { validateFields } from './submission.service.js';
import { recordRevision } from './revision.recorder.js';
import { assertRightsCleared } from '../rights/rights.gate.js';
import { RightsUse } from '../rights/rights.enums.js';
import {
  applyTransition,
  loadForUpdate,
  publishFor,
  refuseTransition,
  respond,
} from './transition.core.js';
import { openReview } from '../council/review.service.js';
import { startSupport, validateSupport } from '../support/support.service.js';
import {
  addAdoption,
  startPilot,
  validateAdoption,
  validatePilot,
} from '../pilot/pilot.service.js';
import { AdoptionKind } from '../pilot/pilot.enums.js';
import type { BulkTransitionInput, TransitionIdeaInput } from './triage.inputs.js';

export { leadContact, publishFor, respond } from './transition.core.js';

export async function transition(ctx: Context, input: TransitionIdeaInput): Promise<Idea> {
  assertAllowed(
    ctx.viewer,
    mayTriage(ctx.viewer),
    'Chỉ cơ quan đầu mối (Phòng Văn hóa – Xã hội) được ra quyết định xử lý.',
  );
  const viewer = ctx.viewer;
  if (input.to === IdeaStatus.WITHDRAWN) {
    throw new ForbiddenError(
      'Chỉ tác giả được rút ý tưởng (qua trang tra cứu hoặc tại đầu mối tiếp nhận).',
    );
  }
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await loadForUpdate(tx, ctx, input.ideaId);
    const from = idea.status;
    if (!canTransition(from, input.to)) refuseTransition(from, input.to);
    if (from === IdeaStatus.UNDER_REVIEW) {
      throw new ForbiddenError(
        'Ý tưởng đang được Hội đồng tư vấn đánh giá: kết luận của Chủ tịch Hội đồng sẽ chuyển bước tiếp theo.',
      );
    }

    const v = new Validator();
    const message = v.text('message', input.message, {
      label: 'nội dung gửi tác giả',
      max: 5000,
      multiline: true,
    });
    const internalNote = v.text('internalNote', input.internalNote, {
      label: 'ghi chú nội bộ',
      max: 5000,
      multiline: true,
    });
    const guidance = v.text('guidance', input.guidance, {
      label: 'hướng dẫn',
      max: 2000,
      multiline: true,
    });
    let duplicateOf: Idea | null = null;
    let fields: IdeaField[] = [];
    let support: Awaited<ReturnType<typeof validateSupport>> | null = null;
    let pilot: Awaited<ReturnType<typeof validatePilot>> = null;
    let adoption: Awaited<ReturnType<typeof validateAdoption>> = null;
    switch (input.to) {
      case IdeaStatus.NEEDS_INFO:
        if (!input.missing?.length && !message) {
          v.add('missing', 'Chọn nội dung cần bổ sung hoặc ghi rõ yêu cầu gửi tác giả.');
        }
        break;
      case IdeaStatus.DUPLICATE:
        if (!input.duplicateOfId || !isUuid(input.duplicateOfId))
          v.add('duplicateOfId', 'Chọn ý tưởng bị trùng.');
        else if (input.duplicateOfId === idea.id)
          v.add('duplicateOfId', 'Ý tưởng không thể trùng với chính nó.');
        else {
          duplicateOf = await tx.findOne(Idea, { id: input.duplicateOfId, tenant: ctx.tenant.id });
          if (!duplicateOf) v.add('duplicateOfId', 'Không tìm thấy ý tưởng bị trùng.');
          else if (duplicateOf.receivedAt.getTime() > idea.receivedAt.getTime()) {
            v.add('duplicateOfId', 'Ý tưởng bị trùng phải được tiếp nhận trước ý tưởng này.');
          }
        }
        break;
      case IdeaStatus.OUT_OF_SCOPE:
      case IdeaStatus.NOT_ELIGIBLE:
        if (!message) v.add('message', 'Vui lòng nêu lý do để thông báo cho tác giả.');
        if (!guidance)
          v.add(
            'guidance',
            'Vui lòng hướng dẫn tác giả nơi có thể gửi ý tưởng hoặc cách hoàn thiện.',
          );
        break;
      case IdeaStatus.ACCEPTED: {
        const c = input.classification;
        if (!c) v.add('classification', 'Vui lòng phân loại ý tưởng trước khi chấp nhận.');
        else fields = await validateFields(v, tx, ctx.tenant.id, c.fieldIds, null);
        break;
      }
      case IdeaStatus.IN_SUPPORT:
        support = await validateSupport(tx, ctx.tenant.id, input.support, v);
        break;
      case IdeaStatus.PILOTING:
        pilot = await validatePilot(tx, ctx.tenant.id, input.pilot, v);
        break;
      case IdeaStatus.APPLIED:
      case IdeaStatus.SCALED:
        adoption = await validateAdoption(tx, ctx.tenant.id, input.adoption, v);
        break;
    }
    if (input.dueAt && input.dueAt.getTime() <= now.getTime())
      v.add('dueAt', 'Thời hạn phải ở sau thời điểm hiện tại.');
    v.throwIfInvalid();
    // The rights gate (§III.6): use needs the authors' consent, scaling its own.
    if (input.to === IdeaStatus.PILOTING || input.to === IdeaStatus.APPLIED)
      await assertRightsCleared(tx, idea, RightsUse.PILOT);
    if (input.to === IdeaStatus.SCALED) await assertRightsCleared(tx, idea, RightsUse.SCALE);

    if (input.to === IdeaStatus.ACCEPTED && input.classification) {
      await applyClassification(tx, idea, input.classification, fields, now);
    }
    if (support) startSupport(tx, idea, support, now);
    const createdPilot = pilot ? startPilot(tx, idea, pilot, now) : null;
    if (adoption) {
      addAdoption(
        tx,
        idea,
        input.to === IdeaStatus.SCALED ? AdoptionKind.SCALED : AdoptionKind.APPLIED,
        adoption,
        now,
      );
    }
    await applyTransition(tx, {
      tenantId: ctx.tenant.id,
      idea,
      to: input.to,
      actor: auditActor(viewer),
      now,
      message,
      internalNote,
      guidance,
      missing: input.missing,
      duplicateOf,
      fields,
      classification: input.classification,
      dueAt: input.dueAt,
      auditDetails: {
        ...(duplicateOf ? { duplicateOf: duplicateOf.id } : {}),
        ...(input.missing?.length ? { missing: input.missing } : {}),
        ...(input.classification ? { classification: { ...input.classification } } : {}),
        ...(createdPilot ? { pilotId: createdPilot.id } : {}),
        ...(adoption ? { adoptionUnit: adoption.unit?.name } : {}),
      },
    });
    await tx.flush();
    if (input.to === IdeaStatus.UNDER_REVIEW) {
      await openReview(tx, idea, { councilId: input.councilId, dueAt: input.dueAt, now });
    }
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
    return idea;
  });
}

/**
 * The hub reopens an archived idea with a reason (new conditions, new resources): it goes back to
 * ACCEPTED to be routed again; its history keeps the archiving and the reopening, and the author is
 * told why.
 */
export async function reopenIdea(ctx: Context, ideaId: string, reason: string): Promise<Idea> {
  const viewer = ctx.viewer;
  assertAllowed(viewer, mayTriage(viewer), 'Chỉ cơ quan đầu mối mở lại ý tưởng đã lưu trữ.');
  const v = new Validator();
  const why = v.text('reason', reason, {
    label: 'lý do mở lại',
    required: true,
    min: 10,
    max: 2000,
    multiline: true,
  });
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await loadForUpdate(tx, ctx, ideaId);
    if (idea.status !== IdeaStatus.ARCHIVED)
      throw new InvalidTransitionError('Chỉ mở lại được ý tưởng đang lưu trữ, theo dõi.', {
        from: idea.status,
        to: IdeaStatus.ACCEPTED,
      });
    await applyTransition(tx, {
      tenantId: ctx.tenant.id,
      idea,
      to: IdeaStatus.ACCEPTED,
      actor: auditActor(viewer),
      now,
      message: `Ý tưởng được mở lại để xem xét tiếp: ${why}`,
      responseBody: `Ý tưởng "${idea.title}" của bạn được mở lại để xem xét tiếp. Lý do: ${why}`,
      internalNote: why,
      reopen: true,
      auditDetails: { reopened: true, reason: why },
    });
    await tx.flush();
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
    return idea;
  });
}

/** Classification changes fields and maturity: a new revision keeps the author's version. */
async function applyClassification(
  tx: EntityManager,
  idea: Idea,
  c: NonNullable<TransitionIdeaInput['classification']>,
  fields: IdeaField[],
  now: Date,
): Promise<void> {
  await idea.fields.init();
  const before = idea.fields.getIdentifiers('id').sort().join(',');
  const after = fields.map((f) => f.id).sort();
  const changed = before !== after.join(',') || idea.maturity !== c.maturity;
  idea.feasibility = c.feasibility;
  idea.applicability = c.applicability;
  idea.route = c.route;
  if (!changed) return;
  idea.fields.set(fields.map((f) => tx.getReference(IdeaField, f.id)));
  idea.maturity = c.maturity;
  recordRevision(tx, idea, {
    source: RevisionSource.STAFF_CLASSIFICATION,
    fieldIds: after,
    note: 'Cơ quan đầu mối phân loại lại lĩnh vực, mức độ hoàn thiện.',
    at: now,
  });
}

export interface BulkOutcome {
  ideaId: string;
  ok: boolean;
  code: string | null;
  message: string | null;
}

/** The same decision for many ideas, each in its own transaction; one refusal stops no other. */
export async function transitionMany(
  ctx: Context,
  input: BulkTransitionInput,
): Promise<BulkOutcome[]> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer));
  if (input.ideaIds.length > 100) {
    throw new AppError('LIMITS_EXCEEDED', 'Mỗi lần xử lý tối đa 100 ý tưởng.');
  }
  const out: BulkOutcome[] = [];
  for (const ideaId of [...new Set(input.ideaIds)]) {
    try {
      await transition(ctx, { ...input, ideaId });
      out.push({ ideaId, ok: true, code: null, message: null });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // A refusal of one field ("choose a council") says more than the generic message.
      const fields = Object.values(
        (err.extensions.fieldErrors ?? {}) as Record<string, string>,
      ).filter(Boolean);
      out.push({
        ideaId,
        ok: false,
        code: String(err.extensions.code),
        message: fields.length ? fields.join(' ') : err.message,
      });
    }
  }
  return out;
}

/** Hands ideas to a staff member (or takes them back with `assigneeId: null`). */
export async function assign(
  ctx: Context,
  ideaIds: string[],
  assigneeId: string | null,
): Promise<Idea[]> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer));
  const viewer = ctx.viewer;
  const v = new Validator();
  let assignee: StaffUser | null = null;
  if (assigneeId) {
    assignee = isUuid(assigneeId)
      ? await ctx.em.findOne(StaffUser, { id: assigneeId, tenant: ctx.tenant.id, active: true })
      : null;
    if (!assignee) v.add('assigneeId', 'Cán bộ không tồn tại.');
  }
  if (ideaIds.length === 0 || ideaIds.length > 100) v.add('ideaIds', 'Chọn từ 1 đến 100 ý tưởng.');
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const ideas = await tx.find(Idea, {
      $and: [{ id: { $in: ideaIds.filter(isUuid) } }, ideaReadFilter(viewer, ctx.tenant.id)],
    });
    if (ideas.length !== new Set(ideaIds).size)
      throw new NotFoundError('Có ý tưởng không tồn tại.');
    for (const idea of ideas) {
      idea.assignee = assignee ? (tx.getReference(StaffUser, assignee.id) as never) : null;
      idea.updatedAt = now;
      tx.create(IdeaEvent, {
        tenant: ctx.tenant.id,
        idea,
        kind: IdeaEventKind.ASSIGNED,
        actor: viewer.userId,
        isPublic: false,
        reason: assignee ? `Phân công: ${assignee.fullName}` : 'Bỏ phân công',
        createdAt: now,
      });
      audit(tx, {
        tenantId: ctx.tenant.id,
        action: AuditAction.IDEA_ASSIGNED,
        actor: auditActor(viewer),
        ideaId: idea.id,
        details: { assigneeId: assignee?.id ?? null, assigneeName: assignee?.fullName ?? null },
        at: now,
      });
    }
    await tx.flush();
    for (const idea of ideas) await publishFor(tx, idea, 'UPDATED', now);
    return ideas;
  });
}

/** Sets or extends the due date of the current step; an extension needs a reason. */
export async function setDueDate(
  ctx: Context,
  ideaId: string,
  dueAt: Date,
  reason: string | null,
): Promise<IdeaStep> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer));
  const viewer = ctx.viewer;
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await loadForUpdate(tx, ctx, ideaId);
    const step = await currentStep(tx, idea.id);
    const v = new Validator();
    const why = v.text('reason', reason, { label: 'lý do gia hạn', max: 1000, multiline: true });
    if (!step)
      throw new InvalidTransitionError('Ý tưởng đã kết thúc xử lý, không còn thời hạn để đặt.');
    if (dueAt.getTime() <= now.getTime()) v.add('dueAt', 'Thời hạn phải ở sau thời điểm hiện tại.');
    const previous = effectiveDue(step, now);
    const extending = previous !== null && dueAt.getTime() > previous.getTime();
    if (extending && !why) v.add('reason', 'Gia hạn cần ghi rõ lý do.');
    v.throwIfInvalid();
    // The stored due date excludes the time paused, so the effective date equals what was chosen.
    step.dueAt = new Date(dueAt.getTime() - Number(step.pausedMs));
    tx.create(IdeaEvent, {
      tenant: ctx.tenant.id,
      idea,
      kind: IdeaEventKind.DUE_DATE_CHANGED,
      actor: viewer.userId,
      isPublic: false,
      reason: `${extending ? 'Gia hạn' : 'Đặt thời hạn'} đến ${formatDateVi(dueAt)}${why ? `: ${why}` : ''}`,
      createdAt: now,
    });
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.IDEA_DUE_DATE_CHANGED,
      actor: auditActor(viewer),
      ideaId: idea.id,
      reason: why,
      details: {
        step: step.status,
        from: previous?.toISOString() ?? null,
        to: dueAt.toISOString(),
        extension: extending,
      },
      at: now,
    });
    idea.updatedAt = now;
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return step;
  });
}

/** A message from staff to the author (not a decision: the KPI is unchanged). */
export async function sendMessage(
  ctx: Context,
  ideaId: string,
  body: string,
): Promise<IdeaMessage> {
  const v = new Validator();
  const text = v.text('body', body, {
    label: 'nội dung',
    required: true,
    max: 5000,
    multiline: true,
  });
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await loadForUpdate(tx, ctx, ideaId);
    assertAllowed(ctx.viewer, mayMessageAuthor(ctx.viewer, idea));
    const viewer = ctx.viewer;
    const message = await respond(tx, idea, {
      kind: ResponseKind.UPDATE,
      body: text!,
      sentBy: viewer.userId,
      now,
    });
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.RESPONSE_SENT,
      actor: auditActor(viewer),
      ideaId: idea.id,
      details: { kind: ResponseKind.UPDATE },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'MESSAGE', now);
    return message;
  });
}

/** Accent-free syllables too common to say two ideas are alike. */
const STOP_WORDS = [
  'cua',
  'cho',
  'cac',
  'nhung',
  'mot',
  'trong',
  'duoc',
  'khong',
  'nguoi',
  'tai',
  'thon',
  'tuong',
  'dan',
  'nay',
  'den',
  'theo',
  'voi',
  'khi',
  'can',
  'cung',
  'nhieu',
  'viec',
  'lam',
  'tren',
  'hon',
  'rat',
  'hien',
];

export interface SimilarIdeaRow {
  id: string;
  score: number;
}

/**
 * Earlier ideas that look like this one: trigram similarity of accent-free titles, plus full-text
 * overlap of the content (any shared word), ranked together. Finds rewordings typed without accents.
 */
export async function similarIdeas(
  em: EntityManager,
  idea: Idea,
  limit: number,
): Promise<SimilarIdeaRow[]> {
  return em.execute<SimilarIdeaRow[]>(
    `with me as (
       select kn_unaccent(title) as t,
              (select string_agg(distinct w, ' | ')
                 from regexp_split_to_table(kn_unaccent(title || ' ' || problem || ' ' || solution), '[^[:alnum:]]+') w
                where length(w) >= 3 and w <> all (?::text[])) as words
         from idea where id = ?
     )
     select i.id,
            round((0.6 * similarity(kn_unaccent(i.title), me.t)
              + 0.4 * least(1, ts_rank_cd(i.search_vector, to_tsquery('simple', coalesce(me.words, '')), 32) * 4))::numeric, 3)::float as score
       from idea i, me
      where i.tenant_id = ? and i.id <> ? and i.received_at <= ?
        and (kn_unaccent(i.title) % me.t or i.search_vector @@ to_tsquery('simple', coalesce(me.words, '')))
      order by score desc, i.received_at asc
      limit ?`,
    [`{${STOP_WORDS.join(',')}}`, idea.id, idea.tenant.id, idea.id, idea.receivedAt, limit],
  );
}

/** Live activity reaches staff whose scope covers the idea, narrowed by the subscriber's filters. */
export function mayReceiveIdeaActivity(
  ctx: Context,
  p: IdeaEventPayload,
  args: {
    receptionPointId?: string | null;
    unitId?: string | null;
    ideaId?: string | null;
    types?: IdeaActivityType[] | null;
  },
): boolean {
  if (!maySeeIdeaEvent(ctx.viewer, p)) return false;
  if (args.receptionPointId && p.receptionPointId !== args.receptionPointId) return false;
  if (args.unitId && p.unitId !== args.unitId) return false;
  if (args.ideaId && p.ideaId !== args.ideaId) return false;
  if (args.types?.length && !args.types.includes(p.type as IdeaActivityType)) return false;
  return true;
}

/** The idea of a live event, read again under the viewer's current rights. */
export function activityIdea(ctx: Context, ideaId: string): Promise<Idea | null> {
  // A long-lived subscription must not serve a stale identity map: read fresh each time.
  return ctx.em.fork().findOne(Idea, {
    $and: [{ id: ideaId }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
  });
}

/** Sets the due date and answers the step as the inbox shows it. */
export async function setDueDateView(
  ctx: Context,
  ideaId: string,
  dueAt: Date,
  reason: string | null,
): Promise<IdeaStepInfo> {
  const step = await setDueDate(ctx, ideaId, dueAt, reason);
  const now = ctx.clock.now();
  return {
    status: step.status,
    startedAt: step.startedAt,
    dueAt: effectiveDue(step, now),
    pausedAt: step.pausedAt ?? null,
    overdue: isOverdue(step, now),
  };
}

/** Sends a message to the author and answers the idea. */
export async function sendIdeaMessage(ctx: Context, ideaId: string, body: string): Promise<Idea> {
  await sendMessage(ctx, ideaId, body);
  return ctx.em.findOneOrFail(Idea, { id: ideaId });
}

/** Counts by status, overdue and unassigned, within what the viewer may see. */
export async function inboxSummary(ctx: Context): Promise<InboxSummary> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const qb = ctx.em
    .createQueryBuilder(Idea, 'i')
    .where(ideaReadFilter(ctx.viewer, ctx.tenant.id) as never);
  const now = ctx.clock.now();
  const rows = (await qb
    .select([
      'i.status',
      raw('count(*) as n'),
      raw('count(*) filter (where i.assignee_id is null) as unassigned'),
      raw(
        `count(*) filter (where exists (select 1 from idea_step s where s.idea_id = i.id and s.ended_at is null
           and s.paused_at is null and s.due_at is not null
           and s.due_at + (s.paused_ms * interval '1 millisecond') < ?)) as overdue`,
        [now],
      ),
    ])
    .groupBy('i.status')
    .execute()) as { status: IdeaStatus; n: string; unassigned: string; overdue: string }[];
  return {
    byStatus: rows.map((r) => ({ status: r.status, count: Number(r.n) })),
    overdue: rows.reduce((s, r) => s + Number(r.overdue), 0),
    unassigned: rows
      .filter((r) => r.status !== IdeaStatus.DUPLICATE && r.status !== IdeaStatus.WITHDRAWN)
      .reduce((s, r) => s + Number(r.unassigned), 0),
  };
}

/** Active staff of the tenant with one of `roles` (default: those who handle ideas). */
export async function staffMembers(ctx: Context, roles: Role[] | null): Promise<StaffMember[]> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer));
  const users = await ctx.em.find(
    StaffUser,
    {
      tenant: ctx.tenant.id,
      active: true,
      roles: {
        $overlap: roles?.length
          ? roles
          : [Role.HUB, Role.RECEPTION_OFFICER, Role.UNIT_HEAD, Role.ADMIN],
      },
    },
    { populate: ['unit'] },
  );
  return users
    .map((u) => ({ id: u.id, fullName: u.fullName, unitName: u.unit?.getEntity()?.name ?? null }))
    .sort((a, b) => viCollator.compare(a.fullName, b.fullName));
}
