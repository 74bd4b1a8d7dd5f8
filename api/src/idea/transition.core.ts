/**
 * The one place an idea changes status. Every path — a hub decision, a council conclusion, a
 * pilot report, an adoption — goes through `applyTransition`, which checks the state machine,
 * moves the step clock, records the event, answers the author (thread + outbox), writes the audit
 * log and publishes the live event, in the caller's transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { ideaReadFilter } from './idea.access.js';
import { InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { publishIdeaEvent, type IdeaEventType } from './idea.events.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import type { IdeaField } from '../field/field.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaMessage } from './idea.entity.js';
import {
  AuthorRole,
  IDEA_STATUS_LABEL,
  IdeaEventKind,
  IdeaRoute,
  IdeaStatus,
  MISSING_INFO_LABEL,
  MissingInfo,
  ResponseKind,
} from './idea.enums.js';
import { canTransition, TRANSITIONS } from './idea.workflow.js';
import { moveStep } from './step.clock.js';
import { Pilot } from '../pilot/pilot.entity.js';
import { PilotRecommendation, PilotStatus } from '../pilot/pilot.enums.js';
import { SupportPlan } from '../support/support.entity.js';
import { SupportStatus } from '../support/support.enums.js';
import type { TransitionIdeaInput } from './triage.inputs.js';
import { emitWebhookEvent } from '../partner/webhook.service.js';
import { WebhookEvent } from '../partner/webhook.enums.js';

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

export async function leadContact(em: EntityManager, ideaId: string) {
  const lead = await em.findOne(
    Authorship,
    { idea: ideaId, role: AuthorRole.LEAD },
    { populate: ['person'] },
  );
  const p = lead?.person.getEntity();
  // A person who restricted processing (or was erased) gets nothing by email/SMS.
  if (!p || p.restrictedAt || p.anonymisedAt) return { email: null, phone: null };
  return { email: p.email ?? null, phone: p.phone ?? null };
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
    ...(await composeMessage(
      tx,
      idea.tenant.id,
      opts.kind === ResponseKind.NEEDS_INFO
        ? MessageKind.INFO_REQUESTED
        : MessageKind.IDEA_ANSWERED,
      { title: idea.title, trackingCode: idea.trackingCode, message: opts.body },
    )),
    now: opts.now,
  });
  return message;
}

export function decisionText(
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

export async function loadForUpdate(
  tx: EntityManager,
  ctx: Context,
  ideaId: string,
): Promise<Idea> {
  if (!isUuid(ideaId)) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const idea = await tx.findOne(
    Idea,
    { $and: [{ id: ideaId }, ideaReadFilter(ctx.viewer, ctx.tenant.id)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  return idea;
}

export interface TransitionData {
  tenantId: string;
  idea: Idea;
  to: IdeaStatus;
  actor: AuditActor;
  now: Date;
  /** Text for the author; the decision's own wording is built around it. */
  message?: string | null;
  internalNote?: string | null;
  guidance?: string | null;
  missing?: MissingInfo[] | null;
  duplicateOf?: Idea | null;
  fields?: IdeaField[];
  classification?: TransitionIdeaInput['classification'];
  dueAt?: Date | null;
  /** Replaces the standard wording of the response (council conclusions, pilot reports). */
  responseBody?: string | null;
  auditDetails?: Record<string, unknown>;
  /**
   * The hub reopens an archived idea (§III.2: archived ideas stay followed): ARCHIVED → ACCEPTED,
   * outside the normal state machine, with a reason kept in the history.
   */
  reopen?: boolean;
}

export function refuseTransition(from: IdeaStatus, to: IdeaStatus): never {
  const allowed = TRANSITIONS[from].filter((s) => s !== IdeaStatus.WITHDRAWN);
  throw new InvalidTransitionError(
    `Không thể chuyển ý tưởng từ "${IDEA_STATUS_LABEL[from]}" sang "${IDEA_STATUS_LABEL[to]}".` +
      (allowed.length
        ? ` Có thể chuyển sang: ${allowed.map((s) => IDEA_STATUS_LABEL[s]).join(', ')}.`
        : ' Ý tưởng đã ở trạng thái kết thúc.'),
    { from, to, allowed },
  );
}

export async function applyTransition(tx: EntityManager, d: TransitionData): Promise<void> {
  const { idea, to, now } = d;
  const from = idea.status;
  const reopening = d.reopen && from === IdeaStatus.ARCHIVED && to === IdeaStatus.ACCEPTED;
  if (!canTransition(from, to) && !reopening) refuseTransition(from, to);
  idea.status = to;
  if (reopening) idea.route = null;
  idea.updatedAt = now;
  // Leaving support by any path (a hub decision, the author withdrawing) ends the plan and the
  // helper's access to the idea, as completing the support does.
  if (from === IdeaStatus.IN_SUPPORT && to !== IdeaStatus.IN_SUPPORT) {
    const plans = await tx.find(SupportPlan, { idea: idea.id, status: SupportStatus.ACTIVE });
    for (const plan of plans) {
      plan.status = SupportStatus.DONE;
      plan.completedAt ??= now;
    }
    idea.supportExpert = null;
    idea.supportUnit = null;
  }
  // Leaving the pilot step without its report (the hub decides, the author withdraws) closes the
  // pilot with what was decided, so no pilot stays "running" under an idea that moved on.
  if (from === IdeaStatus.PILOTING && to !== IdeaStatus.PILOTING) {
    const pilots = await tx.find(Pilot, { idea: idea.id, status: PilotStatus.RUNNING });
    for (const pilot of pilots.filter((p) => p.status === PilotStatus.RUNNING)) {
      pilot.status = PilotStatus.REPORTED;
      pilot.reportedAt = now;
      pilot.recommendation =
        to === IdeaStatus.APPLIED ? PilotRecommendation.APPLY : PilotRecommendation.STOP;
      pilot.results ??= `Kết thúc khi ý tưởng chuyển sang "${IDEA_STATUS_LABEL[to]}".${d.message ? ` ${d.message}` : ''}`;
    }
  }
  if (d.duplicateOf) idea.duplicateOf = tx.getReference(Idea, d.duplicateOf.id) as never;
  if (to === IdeaStatus.IN_SUPPORT) idea.route = IdeaRoute.SUPPORT;
  if (to === IdeaStatus.UNDER_REVIEW && from === IdeaStatus.ACCEPTED)
    idea.route = IdeaRoute.COUNCIL_REVIEW;
  if (to === IdeaStatus.ARCHIVED) idea.route = IdeaRoute.ARCHIVE_MONITOR;
  await moveStep(tx, idea, from, to, now, d.dueAt);
  // Partners' webhooks hear of status changes of ideas the public may see (the read model's
  // rule: published, rights established, every author consenting), nothing of the others.
  await emitWebhookEvent(tx, {
    tenantId: d.tenantId,
    event: WebhookEvent.IDEA_STATUS_CHANGED,
    data: {
      ideaId: idea.id,
      title: idea.title,
      from,
      to,
      statusLabel: IDEA_STATUS_LABEL[to],
      at: now.toISOString(),
      path: `/y-tuong/${idea.id}`,
    },
    now,
    onlyIf: async () => {
      const [row] = await tx.execute<{ public_visible: boolean }[]>(
        'select public_visible from idea where id = ?',
        [idea.id],
      );
      return Boolean(row?.public_visible);
    },
  });
  tx.create(IdeaEvent, {
    tenant: d.tenantId,
    idea,
    kind: IdeaEventKind.STATUS_CHANGED,
    fromStatus: from,
    toStatus: to,
    actor: d.actor.id,
    reason: d.internalNote ?? null,
    publicNote:
      to === IdeaStatus.DUPLICATE
        ? 'Ý tưởng trùng với một ý tưởng tiếp nhận trước.'
        : (d.message ?? null),
    createdAt: now,
  });
  if (DECISIONS.has(to) || (from === IdeaStatus.NEEDS_INFO && to === IdeaStatus.SUBMITTED)) {
    await respond(tx, idea, {
      kind: to === IdeaStatus.NEEDS_INFO ? ResponseKind.NEEDS_INFO : ResponseKind.DECISION,
      body:
        d.responseBody ??
        decisionText(
          idea,
          to,
          {
            ideaId: idea.id,
            to,
            message: d.message,
            guidance: d.guidance,
            missing: d.missing,
            classification: d.classification,
          } as TransitionIdeaInput,
          { duplicateOf: d.duplicateOf, fields: d.fields },
        ),
      sentBy: d.actor.id,
      missing: d.missing,
      now,
    });
    if (!idea.respondedAt && DECISIONS.has(to)) idea.respondedAt = now;
  }
  audit(tx, {
    tenantId: d.tenantId,
    action: AuditAction.IDEA_TRANSITIONED,
    actor: d.actor,
    ideaId: idea.id,
    reason: d.internalNote ?? d.message ?? null,
    details: { from, to, ...d.auditDetails },
    at: now,
  });
}
