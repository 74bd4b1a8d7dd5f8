/**
 * Triage by the hub: every status change goes through `transition`, which enforces the state
 * machine, asks for what each decision needs, moves the step clock, answers the author (thread +
 * outbox), writes the audit log and publishes a live event — all in one transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../context.js';
import {
  assertAllowed,
  ideaReadFilter,
  mayMessageAuthor,
  mayTriage,
  type StaffViewer,
} from '../common/access.js';
import {
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  AppError,
} from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { publishIdeaEvent, type IdeaEventType } from '../common/events.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.entity.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaMessage, IdeaRevision, IdeaStep } from './idea.entity.js';
import {
  IDEA_STATUS_LABEL,
  IdeaEventKind,
  IdeaRoute,
  IdeaStatus,
  MISSING_INFO_LABEL,
  MissingInfo,
  ResponseKind,
  RevisionSource,
  AuthorRole,
} from './idea.enums.js';
import { canTransition, TRANSITIONS } from './idea.workflow.js';
import { currentStep, effectiveDue, moveStep } from './steps.js';
import { validateFields } from './submission.service.js';
import { receiptDigest } from './receipt.js';
import type { BulkTransitionInput, TransitionIdeaInput } from './triage.inputs.js';

const ROUTE_LABEL: Record<IdeaRoute, string> = {
  SUPPORT: 'hỗ trợ hoàn thiện',
  COUNCIL_REVIEW: 'chuyển Hội đồng tư vấn đánh giá',
  ARCHIVE_MONITOR: 'lưu trữ, theo dõi',
};

/** Decisions the author hears about: the response, and the "responded" KPI once. */
const DECISIONS = new Set<IdeaStatus>([
  IdeaStatus.NEEDS_INFO,
  IdeaStatus.DUPLICATE,
  IdeaStatus.OUT_OF_SCOPE,
  IdeaStatus.NOT_ELIGIBLE,
  IdeaStatus.ACCEPTED,
  IdeaStatus.IN_SUPPORT,
  IdeaStatus.UNDER_REVIEW,
  IdeaStatus.RECOMMENDED,
  IdeaStatus.PILOTING,
  IdeaStatus.APPLIED,
  IdeaStatus.SCALED,
  IdeaStatus.ARCHIVED,
]);

export function actorOf(viewer: StaffViewer): AuditActor {
  return { id: viewer.userId, name: viewer.fullName };
}

export async function leadContact(em: EntityManager, ideaId: string) {
  const lead = await em.findOne(
    Authorship,
    { idea: ideaId, role: AuthorRole.LEAD },
    { populate: ['person'] },
  );
  const p = lead?.person.getEntity();
  return { email: p?.email ?? null, phone: p?.phone ?? null };
}

export async function publishFor(
  tx: EntityManager,
  idea: Idea,
  type: IdeaEventType,
  at: Date,
): Promise<void> {
  await publishIdeaEvent(tx, {
    type,
    tenantId: idea.tenant.id,
    ideaId: idea.id,
    unitId: idea.unit?.id ?? null,
    receptionPointId: idea.receptionPoint?.id ?? null,
    status: idea.status,
    at: at.toISOString(),
  });
}

/** A message to the author in the thread, delivered by email/SMS through the outbox. */
export async function respond(
  tx: EntityManager,
  idea: Idea,
  opts: {
    kind: ResponseKind;
    body: string;
    sentBy: string | null;
    missing?: MissingInfo[] | null;
    now: Date;
  },
): Promise<IdeaMessage> {
  const message = tx.create(IdeaMessage, {
    tenant: idea.tenant.id,
    idea,
    kind: opts.kind,
    body: opts.body,
    sentBy: opts.sentBy,
    missing: opts.missing ?? null,
    createdAt: opts.now,
  });
  await notifyAuthor(tx, {
    tenantId: idea.tenant.id,
    ideaId: idea.id,
    contact: await leadContact(tx, idea.id),
    subject: `Phản hồi về ý tưởng "${idea.title}" (mã ${idea.trackingCode})`,
    body: `${opts.body}\n\nXem chi tiết và trả lời tại trang tra cứu với mã ${idea.trackingCode}.`,
    smsBody: `Khoi Nguon: co phan hoi moi ve y tuong ma ${idea.trackingCode}. Xem tai trang tra cuu.`,
    now: opts.now,
  });
  return message;
}

function decisionText(
  idea: Idea,
  to: IdeaStatus,
  input: TransitionIdeaInput,
  extra: { duplicateOf?: Idea | null; fields?: IdeaField[] },
): string {
  const t = `"${idea.title}"`;
  const note = input.message?.trim() ? `\n\n${input.message.trim()}` : '';
  switch (to) {
    case IdeaStatus.NEEDS_INFO: {
      const items = (input.missing ?? []).map((m) => `- ${MISSING_INFO_LABEL[m]}`).join('\n');
      return (
        `Để xem xét ý tưởng ${t}, đề nghị bạn bổ sung${items ? ':\n' + items : '.'}${note}\n\n` +
        `Bạn bổ sung tại trang tra cứu (mã ${idea.trackingCode}). Thời hạn xử lý được tạm dừng trong lúc chờ bạn bổ sung.`
      );
    }
    case IdeaStatus.DUPLICATE:
      return (
        `Ý tưởng ${t} trùng nội dung với một ý tưởng đã được tiếp nhận ngày ${formatDateVi(extra.duplicateOf!.receivedAt)}. ` +
        `Thời điểm bạn gửi (${formatDateVi(idea.receivedAt)}) vẫn được lưu làm căn cứ ghi nhận.${note}`
      );
    case IdeaStatus.OUT_OF_SCOPE:
      return `Ý tưởng ${t} không thuộc phạm vi tiếp nhận của phong trào.${note}\n\nHướng dẫn: ${input.guidance?.trim()}`;
    case IdeaStatus.NOT_ELIGIBLE:
      return `Ý tưởng ${t} chưa đủ điều kiện xem xét.${note}\n\nHướng dẫn: ${input.guidance?.trim()}`;
    case IdeaStatus.ACCEPTED: {
      const c = input.classification!;
      return (
        `Ý tưởng ${t} đã được phân loại (lĩnh vực: ${(extra.fields ?? []).map((f) => f.name).join(', ')}) ` +
        `và sẽ được ${ROUTE_LABEL[c.route]}.${note}`
      );
    }
    case IdeaStatus.SUBMITTED:
      return `Cơ quan đầu mối đã nhận đủ thông tin bổ sung cho ý tưởng ${t} và tiếp tục xem xét.${note}`;
    default:
      return `Ý tưởng ${t}: ${IDEA_STATUS_LABEL[to].toLowerCase()}.${note}`;
  }
}

async function loadForUpdate(tx: EntityManager, ctx: Context, ideaId: string): Promise<Idea> {
  if (!isUuid(ideaId)) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const idea = await tx.findOne(
    Idea,
    { $and: [{ id: ideaId }, ideaReadFilter(ctx.viewer, ctx.tenant.id)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  return idea;
}

/** Changes an idea's status; refuses (INVALID_TRANSITION) anything the state machine does not allow. */
export async function transition(ctx: Context, input: TransitionIdeaInput): Promise<Idea> {
  assertAllowed(
    ctx.viewer,
    mayTriage(ctx.viewer),
    'Chỉ cơ quan đầu mối (Phòng Văn hóa – Xã hội) được ra quyết định xử lý.',
  );
  const viewer = ctx.viewer as StaffViewer;
  if (input.to === IdeaStatus.WITHDRAWN) {
    throw new ForbiddenError(
      'Chỉ tác giả được rút ý tưởng (qua trang tra cứu hoặc tại đầu mối tiếp nhận).',
    );
  }
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await loadForUpdate(tx, ctx, input.ideaId);
    const from = idea.status;
    if (!canTransition(from, input.to)) {
      const allowed = TRANSITIONS[from].filter((s) => s !== IdeaStatus.WITHDRAWN);
      throw new InvalidTransitionError(
        `Không thể chuyển ý tưởng từ "${IDEA_STATUS_LABEL[from]}" sang "${IDEA_STATUS_LABEL[input.to]}".` +
          (allowed.length
            ? ` Có thể chuyển sang: ${allowed.map((s) => IDEA_STATUS_LABEL[s]).join(', ')}.`
            : ' Ý tưởng đã ở trạng thái kết thúc.'),
        { from, to: input.to, allowed },
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
    }
    if (input.dueAt && input.dueAt.getTime() <= now.getTime())
      v.add('dueAt', 'Thời hạn phải ở sau thời điểm hiện tại.');
    v.throwIfInvalid();

    idea.status = input.to;
    idea.updatedAt = now;
    if (duplicateOf) idea.duplicateOf = tx.getReference(Idea, duplicateOf.id) as never;
    if (input.to === IdeaStatus.IN_SUPPORT) idea.route = IdeaRoute.SUPPORT;
    if (input.to === IdeaStatus.UNDER_REVIEW && from === IdeaStatus.ACCEPTED)
      idea.route = IdeaRoute.COUNCIL_REVIEW;
    if (input.to === IdeaStatus.ARCHIVED) idea.route = IdeaRoute.ARCHIVE_MONITOR;
    if (input.to === IdeaStatus.ACCEPTED && input.classification) {
      await applyClassification(tx, idea, input.classification, fields, now);
    }
    await moveStep(tx, idea, from, input.to, now, input.dueAt);
    tx.create(IdeaEvent, {
      tenant: ctx.tenant.id,
      idea,
      kind: IdeaEventKind.STATUS_CHANGED,
      fromStatus: from,
      toStatus: input.to,
      actor: viewer.userId,
      reason: internalNote,
      publicNote:
        input.to === IdeaStatus.DUPLICATE
          ? 'Ý tưởng trùng với một ý tưởng tiếp nhận trước.'
          : (message ?? null),
      createdAt: now,
    });
    if (
      DECISIONS.has(input.to) ||
      (from === IdeaStatus.NEEDS_INFO && input.to === IdeaStatus.SUBMITTED)
    ) {
      await respond(tx, idea, {
        kind: input.to === IdeaStatus.NEEDS_INFO ? ResponseKind.NEEDS_INFO : ResponseKind.DECISION,
        body: decisionText(
          idea,
          input.to,
          { ...input, message, guidance },
          { duplicateOf, fields },
        ),
        sentBy: viewer.userId,
        missing: input.missing,
        now,
      });
      if (!idea.respondedAt && DECISIONS.has(input.to)) idea.respondedAt = now;
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.IDEA_TRANSITIONED,
      actor: actorOf(viewer),
      ideaId: idea.id,
      reason: internalNote ?? message,
      details: {
        from,
        to: input.to,
        ...(duplicateOf ? { duplicateOf: duplicateOf.id } : {}),
        ...(input.missing?.length ? { missing: input.missing } : {}),
        ...(input.classification ? { classification: { ...input.classification } } : {}),
      },
      at: now,
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
  idea.revision += 1;
  tx.create(IdeaRevision, {
    tenant: idea.tenant.id,
    idea,
    number: idea.revision,
    source: RevisionSource.STAFF_CLASSIFICATION,
    title: idea.title,
    problem: idea.problem,
    solution: idea.solution,
    benefit: idea.benefit,
    requirements: idea.requirements ?? null,
    maturity: c.maturity,
    fieldIds: after,
    digest: receiptDigest({
      trackingCode: idea.trackingCode,
      receivedAt: now,
      campaignId: idea.campaign.id,
      title: idea.title,
      problem: idea.problem,
      solution: idea.solution,
      benefit: idea.benefit,
      requirements: idea.requirements ?? null,
      fieldIds: after,
      maturity: c.maturity,
      authorName: '',
    }),
    note: 'Cơ quan đầu mối phân loại lại lĩnh vực, mức độ hoàn thiện.',
    createdAt: now,
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
      out.push({ ideaId, ok: false, code: String(err.extensions.code), message: err.message });
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
  const viewer = ctx.viewer as StaffViewer;
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
        actor: actorOf(viewer),
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
  const viewer = ctx.viewer as StaffViewer;
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
      actor: actorOf(viewer),
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
    const viewer = ctx.viewer as StaffViewer;
    const message = await respond(tx, idea, {
      kind: ResponseKind.UPDATE,
      body: text!,
      sentBy: viewer.userId,
      now,
    });
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.RESPONSE_SENT,
      actor: actorOf(viewer),
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
