/**
 * Rights status, origin declarations and disputes (§III.6). A dispute freezes the idea's public
 * display at once (its rights status becomes "có tranh chấp"); the hub resolves it with reasons.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageRights } from '../common/access.js';
import { ConflictError, NotFoundError, RightsNotClearedError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, AUTHOR_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { claimUploads } from '../attachment/attachment.service.js';
import { Authorship, Idea, IdeaEvent } from '../idea/idea.entity.js';
import { AuthorRole, IdeaEventKind } from '../idea/idea.enums.js';
import { publishFor } from '../idea/transition.core.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { normalizeEmail, normalizePhone } from '../common/text.js';
import { publicIdeaFilter } from './rights.gate.js';
import { Dispute, RightsDecision } from './rights.entity.js';
import { DisputeParty, DisputeStatus, RightsStatus, RIGHTS_STATUS_LABEL } from './rights.enums.js';
import { actorFor } from './authorship.service.js';
import { mayReadInternalHistory } from '../common/access.js';
import { authLoaders } from '../auth/auth.loaders.js';
import { rightsLoaders } from './rights.loaders.js';
import { rightsProblemsOf } from './rights.gate.js';
import { RightsUse } from './rights.enums.js';
import type { DisputeView, RightsCheck, RightsDecisionView } from './rights.types.js';

async function lockIdea(tx: EntityManager, tenantId: string, ideaId: string): Promise<Idea> {
  const idea = isUuid(ideaId)
    ? await tx.findOne(
        Idea,
        { id: ideaId, tenant: tenantId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  return idea;
}

/** Attaches evidence files (uploaded through POST /uploads) to the idea as EVIDENCE. */
async function claimEvidence(
  tx: EntityManager,
  idea: Idea,
  ids: string[],
  field: string,
  now: Date,
): Promise<string[]> {
  if (!ids.length) return [];
  const files = await claimUploads(tx, {
    tenantId: idea.tenant.id,
    ids,
    kinds: [AttachmentKind.SUPPORTING, AttachmentKind.EVIDENCE],
    field,
    now,
  });
  await tx.nativeUpdate(
    Attachment,
    { id: { $in: files.map((f) => f.id) }, idea: null },
    { idea: idea.id, kind: AttachmentKind.EVIDENCE, attachedAt: now },
  );
  return files.map((f) => f.id);
}

function recordRightsChange(
  tx: EntityManager,
  idea: Idea,
  to: RightsStatus,
  reason: string,
  evidenceIds: string[],
  actor: AuditActor,
  now: Date,
): void {
  const from = idea.rightsStatus;
  idea.rightsStatus = to;
  idea.rightsChangedAt = now;
  tx.create(RightsDecision, {
    tenant: idea.tenant.id,
    idea,
    fromStatus: from,
    toStatus: to,
    reason,
    evidenceIds,
    decidedBy: actor.id,
    createdAt: now,
  });
  tx.create(IdeaEvent, {
    tenant: idea.tenant.id,
    idea,
    kind: IdeaEventKind.RIGHTS_CHANGED,
    reason,
    publicNote: `Tình trạng quyền tác giả: ${RIGHTS_STATUS_LABEL[to]}.`,
    actor: actor.id,
    createdAt: now,
  });
  audit(tx, {
    tenantId: idea.tenant.id,
    action: AuditAction.RIGHTS_CHANGED,
    actor,
    ideaId: idea.id,
    reason,
    details: { from, to, evidence: evidenceIds.length },
    at: now,
  });
}

/**
 * The hub sets the rights status with reasons and evidence. "Đã xác lập" needs the lead's origin
 * declaration, no open dispute and no co-author still to answer.
 */
export async function setRightsStatus(
  ctx: Context,
  input: { ideaId: string; status: RightsStatus; reason: string; evidenceIds?: string[] | null },
): Promise<Idea> {
  assertAllowed(
    ctx.viewer,
    mayManageRights(ctx.viewer),
    'Chỉ cơ quan đầu mối xác lập quyền tác giả.',
  );
  const v = new Validator();
  const reason = v.text('reason', input.reason, {
    label: 'lý do, căn cứ',
    required: true,
    max: 5000,
    multiline: true,
  });
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await lockIdea(tx, ctx.tenant.id, input.ideaId);
    if (idea.rightsStatus === input.status)
      throw new ConflictError(
        `Tình trạng quyền tác giả đã là "${RIGHTS_STATUS_LABEL[input.status]}".`,
      );
    if (input.status === RightsStatus.ESTABLISHED) {
      const missing: string[] = [];
      const open = await tx.count(Dispute, { idea: idea.id, status: DisputeStatus.OPEN });
      if (open) missing.push(`Còn ${open} khiếu nại tranh chấp chưa giải quyết.`);
      if (!idea.originDeclaredAt) missing.push('Chủ nhiệm chưa cam đoan về nguồn gốc ý tưởng.');
      const pending = await tx.count(Authorship, {
        idea: idea.id,
        role: AuthorRole.CO_AUTHOR,
        confirmedAt: null,
        declinedAt: null,
      });
      if (pending) missing.push(`Còn ${pending} đồng tác giả chưa xác nhận hoặc từ chối.`);
      if (missing.length)
        throw new RightsNotClearedError(
          `Chưa thể xác lập quyền tác giả: ${missing.join(' ')}`,
          missing,
        );
    }
    const evidenceIds = await claimEvidence(tx, idea, input.evidenceIds ?? [], 'evidenceIds', now);
    recordRightsChange(tx, idea, input.status, reason!, evidenceIds, actorFor(ctx), now);
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}

export interface OriginInputValue {
  ownWork: boolean;
  sources?: string | null;
}

function validOrigin(v: Validator, input: OriginInputValue) {
  const sources = v.text('sources', input.sources, {
    label: 'nguồn gốc, tài liệu tham khảo',
    required: input.ownWork === false,
    max: 5000,
    multiline: true,
  });
  return { ownWork: input.ownWork === true, sources };
}

async function saveOrigin(
  tx: EntityManager,
  idea: Idea,
  origin: { ownWork: boolean; sources: string | null },
  actor: AuditActor,
  now: Date,
): Promise<void> {
  idea.originOwnWork = origin.ownWork;
  idea.originSources = origin.sources;
  idea.originDeclaredAt = now;
  tx.create(IdeaEvent, {
    tenant: idea.tenant.id,
    idea,
    kind: IdeaEventKind.RIGHTS_CHANGED,
    publicNote: 'Chủ nhiệm đã cam đoan về nguồn gốc ý tưởng.',
    actor: actor.id,
    createdAt: now,
  });
  audit(tx, {
    tenantId: idea.tenant.id,
    action: AuditAction.RIGHTS_CHANGED,
    actor,
    ideaId: idea.id,
    details: { origin: origin.ownWork ? 'own-work' : 'builds-on-sources' },
    at: now,
  });
}

/** The lead author declares the idea's origin from the tracking page. */
export async function declareOrigin(
  ctx: Context,
  authorship: Authorship,
  input: OriginInputValue,
): Promise<void> {
  if (authorship.role !== AuthorRole.LEAD)
    throw new RightsNotClearedError('Chỉ chủ nhiệm ý tưởng cam đoan về nguồn gốc.', []);
  const v = new Validator();
  const origin = validOrigin(v, input);
  v.throwIfInvalid();
  await ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await lockIdea(tx, authorship.tenant.id, authorship.idea.id);
    await saveOrigin(tx, idea, origin, AUTHOR_ACTOR, now);
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
  });
}

/** The origin declaration the lead signed on paper, recorded by staff. */
export async function recordOrigin(
  ctx: Context,
  ideaId: string,
  input: OriginInputValue,
): Promise<Idea> {
  assertAllowed(ctx.viewer, mayManageRights(ctx.viewer));
  const v = new Validator();
  const origin = validOrigin(v, input);
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = await lockIdea(tx, ctx.tenant.id, ideaId);
    await saveOrigin(tx, idea, origin, actorFor(ctx), now);
    await tx.flush();
    return idea;
  });
}

export interface DisputeInputValue {
  ideaId: string;
  claimantName: string;
  claimantContact: string;
  statement: string;
  evidenceIds?: string[] | null;
}

/**
 * Anyone may dispute a public idea (the public site's feedback form); an author may dispute their
 * own from the tracking page. The idea's public display is frozen in the same transaction.
 */
export async function raiseDispute(
  ctx: Context,
  input: DisputeInputValue,
  author: Authorship | null,
): Promise<Dispute> {
  const v = new Validator();
  const name = v.text('claimantName', input.claimantName, {
    label: 'họ và tên',
    required: true,
    min: 2,
    max: 100,
  });
  const rawContact = input.claimantContact?.trim() ?? '';
  let contact: string | null = null;
  if (!rawContact)
    v.add('claimantContact', 'Vui lòng nhập email hoặc số điện thoại để nhận trả lời.');
  else if (rawContact.includes('@')) contact = v.email('claimantContact', rawContact);
  else contact = v.phone('claimantContact', rawContact);
  const statement = v.text('statement', input.statement, {
    label: 'nội dung khiếu nại',
    required: true,
    min: 20,
    max: 5000,
    multiline: true,
  });
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const visible = author
      ? { id: author.idea.id, tenant: ctx.tenant.id }
      : {
          ...(publicIdeaFilter(ctx.tenant.id) as Record<string, unknown>),
          id: isUuid(input.ideaId) ? input.ideaId : null,
        };
    const found = await tx.findOne(Idea, visible as never);
    if (!found) throw new NotFoundError('Không tìm thấy ý tưởng.');
    const idea = await lockIdea(tx, ctx.tenant.id, found.id);
    const evidenceIds = await claimEvidence(tx, idea, input.evidenceIds ?? [], 'evidenceIds', now);
    const dispute = tx.create(Dispute, {
      tenant: ctx.tenant.id,
      idea,
      party: author ? DisputeParty.AUTHOR : DisputeParty.THIRD_PARTY,
      claimantName: name!,
      claimantContact: contact!.includes('@')
        ? normalizeEmail(contact!)
        : (normalizePhone(contact!) ?? contact!),
      statement: statement!,
      evidenceIds,
      createdAt: now,
    });
    const actor: AuditActor = author ? AUTHOR_ACTOR : { id: null, name: 'Người gửi khiếu nại' };
    if (idea.rightsStatus !== RightsStatus.DISPUTED) {
      recordRightsChange(
        tx,
        idea,
        RightsStatus.DISPUTED,
        'Có khiếu nại tranh chấp quyền tác giả: tạm dừng hiển thị công khai trong khi xem xét.',
        [],
        actor,
        now,
      );
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.DISPUTE_CHANGED,
      actor,
      ideaId: idea.id,
      details: { disputeId: dispute.id, step: 'raised', party: dispute.party },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return dispute;
  });
}

/**
 * The hub answers a dispute. When the last open one is closed the hub says what the rights status
 * becomes (re-established, or unclear pending further evidence). The claimant is told the outcome.
 */
export async function resolveDispute(
  ctx: Context,
  input: {
    disputeId: string;
    outcome: DisputeStatus;
    resolution: string;
    rightsStatus?: RightsStatus | null;
  },
): Promise<Dispute> {
  const { viewer } = ctx;
  assertAllowed(viewer, mayManageRights(viewer), 'Chỉ cơ quan đầu mối giải quyết khiếu nại.');
  const v = new Validator();
  const resolution = v.text('resolution', input.resolution, {
    label: 'kết quả giải quyết',
    required: true,
    max: 5000,
    multiline: true,
  });
  if (input.outcome === DisputeStatus.OPEN)
    v.add('outcome', 'Chọn kết quả: có cơ sở hoặc không có cơ sở.');
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const dispute = isUuid(input.disputeId)
      ? await tx.findOne(
          Dispute,
          { id: input.disputeId, tenant: ctx.tenant.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!dispute) throw new NotFoundError('Không tìm thấy khiếu nại.');
    if (dispute.status !== DisputeStatus.OPEN)
      throw new ConflictError('Khiếu nại này đã được giải quyết.');
    const idea = await lockIdea(tx, ctx.tenant.id, dispute.idea.id);
    const othersOpen = await tx.count(Dispute, {
      idea: idea.id,
      status: DisputeStatus.OPEN,
      id: { $ne: dispute.id },
    });
    if (!othersOpen && !input.rightsStatus)
      throw new RightsNotClearedError(
        'Đây là khiếu nại cuối cùng: chọn tình trạng quyền tác giả sau khi giải quyết.',
        ['rightsStatus'],
      );
    dispute.status = input.outcome;
    dispute.resolution = resolution;
    dispute.resolvedAt = now;
    dispute.resolvedBy = tx.getReference(StaffUser, viewer.userId, {
      wrapped: true,
    });
    const actor = actorFor(ctx);
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.DISPUTE_CHANGED,
      actor,
      ideaId: idea.id,
      reason: resolution,
      details: { disputeId: dispute.id, step: 'resolved', outcome: input.outcome },
      at: now,
    });
    await tx.flush();
    if (!othersOpen && input.rightsStatus && input.rightsStatus !== idea.rightsStatus) {
      if (input.rightsStatus === RightsStatus.ESTABLISHED && !idea.originDeclaredAt)
        throw new RightsNotClearedError(
          'Chưa thể xác lập quyền tác giả: chủ nhiệm chưa cam đoan về nguồn gốc ý tưởng.',
          ['origin'],
        );
      recordRightsChange(tx, idea, input.rightsStatus, resolution!, [], actor, now);
    }
    const isEmail = dispute.claimantContact.includes('@');
    await notifyAuthor(tx, {
      tenantId: ctx.tenant.id,
      ideaId: idea.id,
      contact: isEmail ? { email: dispute.claimantContact } : { phone: dispute.claimantContact },
      ...(await composeMessage(tx, ctx.tenant.id, MessageKind.DISPUTE_OUTCOME, {
        claimantName: dispute.claimantName,
        title: idea.title,
        outcome:
          input.outcome === DisputeStatus.UPHELD
            ? 'khiếu nại có cơ sở'
            : 'khiếu nại không có cơ sở',
        resolution,
      })),
      now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return dispute;
  });
}

export async function listDisputes(
  ctx: Context,
  where: { status?: DisputeStatus | null; ideaId?: string | null },
): Promise<Dispute[]> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer) && mayManageRights(ctx.viewer));
  return ctx.em.find(
    Dispute,
    {
      tenant: ctx.tenant.id,
      ...(where.status ? { status: where.status } : {}),
      ...(where.ideaId && isUuid(where.ideaId) ? { idea: where.ideaId } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 },
  );
}

export async function disputeView(d: Dispute): Promise<DisputeView> {
  const idea = (await d.idea.load({ dataloader: true })) as Idea;
  return {
    id: d.id,
    ideaId: idea.id,
    ideaTitle: idea.title,
    party: d.party,
    claimantName: d.claimantName,
    claimantContact: d.claimantContact,
    statement: d.statement,
    evidenceIds: d.evidenceIds,
    status: d.status,
    resolution: d.resolution ?? null,
    raisedAt: d.createdAt,
    resolvedAt: d.resolvedAt ?? null,
  };
}

export async function listDisputeViews(
  ctx: Context,
  where: { status?: DisputeStatus | null; ideaId?: string | null },
): Promise<DisputeView[]> {
  const rows = await listDisputes(ctx, where);
  return Promise.all(rows.map((d) => disputeView(d)));
}

export async function resolveDisputeView(
  ctx: Context,
  input: Parameters<typeof resolveDispute>[1],
): Promise<DisputeView> {
  return disputeView(await resolveDispute(ctx, input));
}

/** The confidential part: only staff working on the idea, never the public. */
export function ideaConfidential(ctx: Context, idea: Idea): string | null {
  return mayReadInternalHistory(ctx.viewer, idea) ? (idea.confidential ?? null) : null;
}

export async function ideaRightsCheck(ctx: Context, idea: Idea): Promise<RightsCheck | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const { authors, consents } = await rightsLoaders(ctx).creditedByIdea.load(idea.id);
  return {
    publish: rightsProblemsOf(idea, authors, consents, RightsUse.PUBLISH),
    pilot: rightsProblemsOf(idea, authors, consents, RightsUse.PILOT),
    scale: rightsProblemsOf(idea, authors, consents, RightsUse.SCALE),
  };
}

export async function ideaRightsHistory(
  ctx: Context,
  idea: Idea,
): Promise<RightsDecisionView[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const rows = await rightsLoaders(ctx).decisionsByIdea.load(idea.id);
  const names = await Promise.all(
    rows.map((r) => (r.decidedBy ? authLoaders(ctx).staffNames.load(r.decidedBy.id) : null)),
  );
  return rows.map((r, i) => ({
    id: r.id,
    fromStatus: r.fromStatus ?? null,
    toStatus: r.toStatus,
    reason: r.reason,
    evidenceIds: r.evidenceIds,
    decidedBy: names[i] ?? null,
    at: r.createdAt,
  }));
}

export async function ideaDisputes(ctx: Context, idea: Idea): Promise<DisputeView[] | null> {
  if (!mayManageRights(ctx.viewer)) return null;
  const rows = await rightsLoaders(ctx).disputesByIdea.load(idea.id);
  return Promise.all(rows.map((d) => disputeView(d)));
}
