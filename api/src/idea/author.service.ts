/**
 * What authors do from the tracking page, once identified (tracking code + contact → a signed
 * token): reply in the thread, supplement the idea when asked, withdraw it.
 */
import type { Context } from '../context.js';
import {
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors.js';
import { Validator } from '../common/validate.js';
import { audit, AUTHOR_ACTOR } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { claimUploads } from '../attachment/attachment.service.js';
import { Authorship, Idea, IdeaEvent, IdeaMessage } from './idea.entity.js';
import {
  AuthorRole,
  IdeaEventKind,
  IdeaStatus,
  MessageDirection,
  ResponseKind,
  RevisionSource,
  IDEA_STATUS_LABEL,
} from './idea.enums.js';
import { canTransition } from './idea.workflow.js';
import { moveStep } from './step.clock.js';
import { recordRevision } from './revision.recorder.js';
import { validateContent } from './submission.service.js';
import { attachUploads } from '../attachment/attachment.service.js';
import { verifyTrackingToken, type TrackingIdentity } from './tracking-token.js';
import { publishFor, respond } from './triage.service.js';
import { trackingView } from './idea.service.js';
import type { SupplementInput } from './triage.inputs.js';
import type { IdeaTracking, TrackingUpdate } from './idea.types.js';
import type { IdeaEventPayload } from './idea.events.js';
import { LockMode } from '@mikro-orm/core';

export function identityFromToken(ctx: Context, token: string): TrackingIdentity {
  const who = verifyTrackingToken(ctx.config.secret, token ?? '', ctx.clock.now());
  if (!who)
    throw new UnauthenticatedError(
      'Phiên tra cứu đã hết hạn. Vui lòng nhập lại mã tra cứu và thông tin liên hệ.',
    );
  return who;
}

export function ideaIdFromToken(ctx: Context, token: string): string {
  return identityFromToken(ctx, token).ideaId;
}

/** The idea and the author a tracking token names (the author may since have been erased). */
export async function authorFromToken(
  ctx: Context,
  token: string,
): Promise<{ idea: Idea; authorship: Authorship }> {
  const who = identityFromToken(ctx, token);
  const authorship = await ctx.em.findOne(
    Authorship,
    // A token issued on another commune's site names nothing here.
    { id: who.authorshipId, idea: { id: who.ideaId, tenant: ctx.tenant.id } },
    { populate: ['idea', 'person'] },
  );
  if (!authorship || authorship.person.getEntity().anonymisedAt)
    throw new NotFoundError('Không tìm thấy ý tưởng.');
  return { idea: authorship.idea.getEntity(), authorship };
}

export async function trackByToken(ctx: Context, token: string): Promise<IdeaTracking> {
  const { idea, authorship } = await authorFromToken(ctx, token);
  return trackingView(ctx, idea, authorship);
}

export async function replyAsAuthor(
  ctx: Context,
  token: string,
  body: string,
): Promise<IdeaTracking> {
  const ideaId = (await authorFromToken(ctx, token)).idea.id;
  const v = new Validator();
  const text = v.text('body', body, {
    label: 'nội dung',
    required: true,
    max: 5000,
    multiline: true,
  });
  v.throwIfInvalid();
  await ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await tx.findOneOrFail(Idea, { id: ideaId });
    tx.create(IdeaMessage, {
      tenant: idea.tenant.id,
      idea,
      direction: MessageDirection.FROM_AUTHOR,
      kind: ResponseKind.REPLY,
      body: text!,
      createdAt: now,
    });
    audit(tx, {
      tenantId: idea.tenant.id,
      action: AuditAction.AUTHOR_REPLIED,
      actor: AUTHOR_ACTOR,
      ideaId: idea.id,
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'MESSAGE', now);
  });
  return trackByToken(ctx, token);
}

/**
 * The author answers a request for information: a new revision (earlier ones are kept), back to
 * SUBMITTED, and the triage clock resumes where it stopped.
 */
export async function supplementIdea(
  ctx: Context,
  token: string,
  input: SupplementInput,
): Promise<IdeaTracking> {
  const ideaId = (await authorFromToken(ctx, token)).idea.id;
  await ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await tx.findOneOrFail(
      Idea,
      { id: ideaId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (idea.status !== IdeaStatus.NEEDS_INFO) {
      throw new InvalidTransitionError(
        `Chỉ bổ sung được khi cơ quan đầu mối đề nghị bổ sung (hiện tại: ${IDEA_STATUS_LABEL[idea.status]}).`,
        { from: idea.status, to: IdeaStatus.SUBMITTED },
      );
    }
    const v = new Validator();
    const merged = validateContent(v, {
      title: input.title ?? idea.title,
      problem: input.problem ?? idea.problem,
      solution: input.solution ?? idea.solution,
      benefit: input.benefit ?? idea.benefit,
      requirements: input.requirements ?? idea.requirements ?? null,
    });
    const note = v.text('note', input.note, {
      label: 'nội dung bổ sung',
      required: true,
      max: 5000,
      multiline: true,
    });
    let attachments: Awaited<ReturnType<typeof claimUploads>> = [];
    try {
      attachments = await claimUploads(tx, {
        tenantId: idea.tenant.id,
        ids: input.attachmentIds ?? [],
        kinds: [AttachmentKind.SUPPORTING],
        field: 'attachmentIds',
        now,
      });
    } catch (err) {
      const fe = (err as { extensions?: { fieldErrors?: Record<string, string> } }).extensions
        ?.fieldErrors;
      if (!fe) throw err;
      for (const [f, m] of Object.entries(fe)) v.add(f, m);
    }
    v.throwIfInvalid();
    await idea.fields.init();
    idea.title = merged.title!;
    idea.problem = merged.problem!;
    idea.solution = merged.solution!;
    idea.benefit = merged.benefit!;
    idea.requirements = merged.requirements;
    const fieldIds = idea.fields.getIdentifiers('id') as string[];
    recordRevision(tx, idea, {
      source: RevisionSource.AUTHOR_SUPPLEMENT,
      fieldIds,
      note,
      at: now,
    });
    const from = idea.status;
    idea.status = IdeaStatus.SUBMITTED;
    idea.updatedAt = now;
    await moveStep(tx, idea, from, IdeaStatus.SUBMITTED, now);
    tx.create(IdeaEvent, {
      tenant: idea.tenant.id,
      idea,
      kind: IdeaEventKind.SUPPLEMENTED,
      fromStatus: from,
      toStatus: IdeaStatus.SUBMITTED,
      publicNote: `Tác giả đã bổ sung thông tin (phiên bản ${idea.revision}).`,
      createdAt: now,
    });
    tx.create(IdeaMessage, {
      tenant: idea.tenant.id,
      idea,
      direction: MessageDirection.FROM_AUTHOR,
      kind: ResponseKind.REPLY,
      body: note!,
      createdAt: now,
    });
    audit(tx, {
      tenantId: idea.tenant.id,
      action: AuditAction.IDEA_SUPPLEMENTED,
      actor: AUTHOR_ACTOR,
      ideaId: idea.id,
      details: { revision: idea.revision, attachments: attachments.length },
      at: now,
    });
    await tx.flush();
    await attachUploads(tx, idea, attachments, now);
    await publishFor(tx, idea, 'SUPPLEMENTED', now);
  });
  return trackByToken(ctx, token);
}

export async function withdrawIdea(
  ctx: Context,
  token: string,
  reason: string | null,
): Promise<IdeaTracking> {
  const { idea: found, authorship } = await authorFromToken(ctx, token);
  if (authorship.role !== AuthorRole.LEAD)
    throw new ForbiddenError('Chỉ chủ nhiệm ý tưởng được rút ý tưởng.');
  const ideaId = found.id;
  const v = new Validator();
  const why = v.text('reason', reason, { label: 'lý do', max: 2000, multiline: true });
  v.throwIfInvalid();
  await ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await tx.findOneOrFail(
      Idea,
      { id: ideaId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!canTransition(idea.status, IdeaStatus.WITHDRAWN)) {
      throw new InvalidTransitionError(
        `Không thể rút ý tưởng ở trạng thái "${IDEA_STATUS_LABEL[idea.status]}".`,
        { from: idea.status, to: IdeaStatus.WITHDRAWN },
      );
    }
    const from = idea.status;
    idea.status = IdeaStatus.WITHDRAWN;
    idea.updatedAt = now;
    await moveStep(tx, idea, from, IdeaStatus.WITHDRAWN, now);
    tx.create(IdeaEvent, {
      tenant: idea.tenant.id,
      idea,
      kind: IdeaEventKind.STATUS_CHANGED,
      fromStatus: from,
      toStatus: IdeaStatus.WITHDRAWN,
      reason: why,
      publicNote: 'Tác giả đã rút ý tưởng.',
      createdAt: now,
    });
    await respond(tx, idea, {
      kind: ResponseKind.UPDATE,
      body: `Cơ quan đầu mối xác nhận bạn đã rút ý tưởng "${idea.title}". Cảm ơn bạn đã tham gia phong trào.`,
      sentBy: null,
      now,
    });
    audit(tx, {
      tenantId: idea.tenant.id,
      action: AuditAction.IDEA_TRANSITIONED,
      actor: AUTHOR_ACTOR,
      ideaId: idea.id,
      reason: why,
      details: { from, to: IdeaStatus.WITHDRAWN },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
  });
  return trackByToken(ctx, token);
}

/** Live updates go to the author holding a valid tracking token for that idea. */
export function mayFollowIdea(ctx: Context, payload: IdeaEventPayload, token: string): boolean {
  const who = verifyTrackingToken(ctx.config.secret, token, ctx.clock.now());
  return who !== null && payload.ideaId === who.ideaId;
}

export function trackingUpdate(
  ctx: Context,
  payload: IdeaEventPayload,
  token: string,
): TrackingUpdate {
  ideaIdFromToken(ctx, token);
  return {
    ideaId: payload.ideaId,
    status: payload.status,
    statusLabel: IDEA_STATUS_LABEL[payload.status],
    at: new Date(payload.at),
    type: payload.type,
  };
}
