/**
 * Council review: assignment, conflict declarations, scoring (hidden from other members until the
 * member submits), votes, the result, and the chair's conclusion, which moves the idea on.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, seesWholeTenant, type StaffViewer } from '../common/access.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
} from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { IdeaStatus } from '../idea/idea.enums.js';
import { applyTransition, publishFor } from '../idea/transition.core.js';
import {
  Council,
  CouncilMember,
  Review,
  ReviewParticipant,
  RubricCriterion,
  Score,
} from './council.entity.js';
import {
  CONCLUSION_LABEL,
  CouncilRole,
  ReviewConclusion,
  ReviewStatus,
  VoteChoice,
} from './council.enums.js';
import { computeResult, type ReviewResult, type Sheet } from './review.result.js';
import type { ConclusionInput, ScoreInput } from './council.inputs.js';
import type { MyReviewRole, ReviewResultView, SheetView } from './council.types.js';
import { councilLoaders } from './council.loaders.js';
import { myCouncilIds } from './council.service.js';
import { publishEvent } from '../common/events.js';

export const REVIEW_TOPIC = 'REVIEW';

export interface ReviewEventPayload {
  topic: typeof REVIEW_TOPIC;
  type: 'DECLARED' | 'SCORED' | 'SUBMITTED' | 'VOTED' | 'CONCLUDED' | 'OPENED';
  tenantId: string;
  reviewId: string;
  ideaId: string;
  councilId: string;
  /** Staff allowed to follow this review: the council's members (the hub always may). */
  memberUserIds: string[];
  submitted: number;
  eligible: number;
  at: string;
}

async function publishReview(
  tx: EntityManager,
  review: Review,
  type: ReviewEventPayload['type'],
  now: Date,
): Promise<void> {
  const members = await tx.find(
    CouncilMember,
    { council: review.council.id },
    { fields: ['user'] },
  );
  const participants = await tx.find(ReviewParticipant, { review: review.id });
  const payload: ReviewEventPayload = {
    topic: REVIEW_TOPIC,
    type,
    tenantId: review.tenant.id,
    reviewId: review.id,
    ideaId: review.idea.id,
    councilId: review.council.id,
    memberUserIds: members.map((m) => m.user.id),
    submitted: participants.filter((p) => p.conflict === false && p.submittedAt).length,
    eligible: participants.filter((p) => p.conflict === false).length,
    at: now.toISOString(),
  };
  await publishEvent(tx, payload);
}

/** The council for an idea: the one named, or the only active one whose scope covers the idea. */
async function councilFor(
  tx: EntityManager,
  idea: Idea,
  councilId: string | null | undefined,
  v: Validator,
): Promise<Council | null> {
  if (councilId) {
    const council = isUuid(councilId)
      ? await tx.findOne(Council, { id: councilId, tenant: idea.tenant.id, active: true })
      : null;
    if (!council) v.add('councilId', 'Hội đồng không tồn tại hoặc đã hết hoạt động.');
    return council;
  }
  const councils = await tx.find(
    Council,
    { tenant: idea.tenant.id, active: true },
    { populate: ['fields'] },
  );
  await idea.fields.init();
  const ideaFields = new Set(idea.fields.getIdentifiers('id'));
  const fitting = councils.filter((c) => {
    if (c.campaign && c.campaign.id !== idea.campaign.id) return false;
    const scope = c.fields.getIdentifiers('id');
    return scope.length === 0 || scope.some((f) => ideaFields.has(f as string));
  });
  if (fitting.length === 1) return fitting[0]!;
  v.add(
    'councilId',
    fitting.length
      ? 'Có nhiều Hội đồng phù hợp, vui lòng chọn một.'
      : 'Chưa có Hội đồng nào phù hợp với lĩnh vực của ý tưởng.',
  );
  return null;
}

/** Opens a review of an idea that is entering UNDER_REVIEW (in the caller's transaction). */
export async function openReview(
  tx: EntityManager,
  idea: Idea,
  opts: { councilId?: string | null; dueAt?: Date | null; now: Date },
): Promise<Review> {
  const v = new Validator();
  const council = await councilFor(tx, idea, opts.councilId, v);
  v.throwIfInvalid();
  const open = await tx.count(Review, { idea: idea.id, status: ReviewStatus.OPEN });
  if (open) throw new ConflictError('Ý tưởng đang có một lượt đánh giá chưa kết luận.');
  const members = await tx.find(CouncilMember, { council: council!.id });
  const review = tx.create(Review, {
    tenant: idea.tenant.id,
    idea,
    council: council!,
    assignedAt: opts.now,
    dueAt: opts.dueAt ?? null,
    createdAt: opts.now,
  });
  for (const m of members)
    tx.create(ReviewParticipant, {
      tenant: idea.tenant.id,
      review,
      member: m,
      createdAt: opts.now,
    });
  await tx.flush();
  await publishReview(tx, review, 'OPENED', opts.now);
  return review;
}

export interface LoadedReview {
  review: Review;
  council: Council;
  idea: Idea;
  criteria: RubricCriterion[];
  members: CouncilMember[];
  participants: ReviewParticipant[];
  scores: Score[];
  me: CouncilMember | null;
  mine: ReviewParticipant | null;
  /** The staff member who loaded it (checked). */
  viewer: StaffViewer;
}

export async function loadReview(
  em: EntityManager,
  ctx: Context,
  reviewId: string,
  lock = false,
): Promise<LoadedReview> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const viewer = ctx.viewer;
  const review = isUuid(reviewId)
    ? await em.findOne(
        Review,
        { id: reviewId, tenant: ctx.tenant.id },
        lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
      )
    : null;
  if (!review) throw new NotFoundError('Không tìm thấy lượt đánh giá.');
  const [council, idea, members, participants, scores] = await Promise.all([
    em.findOneOrFail(Council, { id: review.council.id }),
    em.findOneOrFail(Idea, { id: review.idea.id }),
    em.find(CouncilMember, { council: review.council.id }, { populate: ['user'] }),
    em.find(ReviewParticipant, { review: review.id }),
    em.find(Score, { review: review.id }),
  ]);
  const criteria = await em.find(
    RubricCriterion,
    { campaign: idea.campaign.id },
    { orderBy: { sortOrder: 'asc' } },
  );
  const me = members.find((m) => m.user.id === viewer.userId) ?? null;
  if (!me && !seesWholeTenant(viewer))
    throw new ForbiddenError('Bạn không phải thành viên Hội đồng đánh giá ý tưởng này.');
  const mine = me ? (participants.find((p) => p.member.id === me.id) ?? null) : null;
  return { review, council, idea, criteria, members, participants, scores, me, mine, viewer };
}

export function sheetsOf(r: Pick<LoadedReview, 'participants' | 'scores'>): Sheet[] {
  return r.participants.map((p) => ({
    memberId: p.member.id,
    conflict: p.conflict ?? null,
    submitted: Boolean(p.submittedAt),
    vote: p.vote ?? null,
    scores: Object.fromEntries(
      r.scores.filter((s) => s.member.id === p.member.id).map((s) => [s.criterion.id, s.value]),
    ),
  }));
}

export function resultOf(r: LoadedReview): ReviewResult {
  return computeResult(
    r.criteria.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      weight: c.weight,
      scaleMax: c.scaleMax,
    })),
    sheetsOf(r),
    r.council,
  );
}

/**
 * Who may see whose scores: the hub sees all; a member sees their own, and the others' only after
 * submitting their own sheet (no anchoring) and only if not recused.
 */
export function mayReadOthersScores(ctx: Context, r: LoadedReview): boolean {
  if (seesWholeTenant(ctx.viewer)) return true;
  return Boolean(r.mine && r.mine.conflict === false && r.mine.submittedAt);
}

function requireOpen(r: LoadedReview): void {
  if (r.review.status !== ReviewStatus.OPEN) {
    throw new InvalidTransitionError('Lượt đánh giá đã kết luận, không thể thay đổi.');
  }
}

function requireMember(r: LoadedReview): { me: CouncilMember; mine: ReviewParticipant } {
  if (!r.me || !r.mine)
    throw new ForbiddenError('Chỉ thành viên Hội đồng được chấm điểm và biểu quyết.');
  return { me: r.me, mine: r.mine };
}

function requireEligible(r: LoadedReview): { me: CouncilMember; mine: ReviewParticipant } {
  const m = requireMember(r);
  if (m.mine.conflict === null || m.mine.conflict === undefined) {
    throw new ForbiddenError('Vui lòng kê khai xung đột lợi ích trước khi chấm điểm.');
  }
  if (m.mine.conflict)
    throw new ForbiddenError(
      'Bạn đã kê khai có xung đột lợi ích nên không tham gia chấm điểm ý tưởng này.',
    );
  return m;
}

export async function declareConflict(
  ctx: Context,
  reviewId: string,
  conflict: boolean,
  note: string | null,
): Promise<string> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadReview(tx, ctx, reviewId, true);
    requireOpen(r);
    const { mine } = requireMember(r);
    if (mine.submittedAt) throw new ConflictError('Bạn đã nộp phiếu chấm, không thể kê khai lại.');
    const v = new Validator();
    const text = v.text('note', note, { label: 'nội dung kê khai', max: 1000, multiline: true });
    if (conflict && !text) v.add('note', 'Vui lòng nêu mối quan hệ dẫn đến xung đột lợi ích.');
    v.throwIfInvalid();
    mine.conflict = conflict;
    mine.conflictNote = text;
    mine.declaredAt = now;
    if (conflict) {
      // A recused member's draft scores and vote are removed: they take no part.
      await tx.nativeDelete(Score, { review: r.review.id, member: mine.member.id });
      mine.vote = null;
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.REVIEW_CONFLICT_DECLARED,
      actor: auditActor(ctx.viewer),
      ideaId: r.idea.id,
      details: { reviewId: r.review.id, conflict },
      reason: text,
      at: now,
    });
    await tx.flush();
    await publishReview(tx, r.review, 'DECLARED', now);
    return r.review.id;
  });
}

/** Saves some or all of the member's scores (autosave); editable until the review is concluded. */
export async function saveScores(
  ctx: Context,
  reviewId: string,
  input: ScoreInput[],
): Promise<string> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadReview(tx, ctx, reviewId, true);
    requireOpen(r);
    const { me } = requireEligible(r);
    const v = new Validator();
    const byId = new Map(r.criteria.map((c) => [c.id, c]));
    input.forEach((s, i) => {
      const c = byId.get(s.criterionId);
      if (!c) v.add(`scores.${i}.criterionId`, 'Tiêu chí không thuộc bộ tiêu chí của phong trào.');
      else if (
        !Number.isFinite(s.value) ||
        s.value < 0 ||
        s.value > c.scaleMax ||
        Math.round(s.value * 2) !== s.value * 2
      ) {
        v.add(`scores.${i}.value`, `Điểm "${c.name}" phải từ 0 đến ${c.scaleMax} (bước 0,5).`);
      }
      v.text(`scores.${i}.comment`, s.comment, { label: 'nhận xét', max: 2000, multiline: true });
    });
    v.throwIfInvalid();
    for (const s of input) {
      const existing = r.scores.find(
        (x) => x.member.id === me.id && x.criterion.id === s.criterionId,
      );
      const comment = s.comment?.trim() || null;
      if (existing) {
        existing.value = s.value;
        existing.comment = comment;
        existing.updatedAt = now;
      } else {
        tx.create(Score, {
          tenant: ctx.tenant.id,
          review: r.review,
          member: me,
          criterion: byId.get(s.criterionId)!,
          value: s.value,
          comment,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    // The first score under a rubric freezes it: weights cannot change once used.
    await tx.nativeUpdate(
      Campaign,
      { id: r.idea.campaign.id, rubricFrozenAt: null },
      { rubricFrozenAt: now },
    );
    await tx.flush();
    await publishReview(tx, r.review, 'SCORED', now);
    return r.review.id;
  });
}

export async function submitScores(ctx: Context, reviewId: string): Promise<string> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadReview(tx, ctx, reviewId, true);
    requireOpen(r);
    const { me, mine } = requireEligible(r);
    const mineScores = new Set(
      r.scores.filter((s) => s.member.id === me.id).map((s) => s.criterion.id),
    );
    const missing = r.criteria.filter((c) => !mineScores.has(c.id));
    if (missing.length) {
      throw new BadInputError(
        { scores: `Chưa chấm: ${missing.map((c) => c.name).join(', ')}.` },
        'Phiếu chấm chưa đủ các tiêu chí.',
      );
    }
    mine.submittedAt ??= now;
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.REVIEW_SCORED,
      actor: auditActor(ctx.viewer),
      ideaId: r.idea.id,
      details: { reviewId: r.review.id },
      at: now,
    });
    await tx.flush();
    await publishReview(tx, r.review, 'SUBMITTED', now);
    return r.review.id;
  });
}

export async function castVote(
  ctx: Context,
  reviewId: string,
  choice: VoteChoice,
): Promise<string> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadReview(tx, ctx, reviewId, true);
    requireOpen(r);
    const { mine } = requireEligible(r);
    mine.vote = choice;
    mine.votedAt = now;
    await tx.flush();
    await publishReview(tx, r.review, 'VOTED', now);
    return r.review.id;
  });
}

const CONCLUSION_TARGET: Record<ReviewConclusion, IdeaStatus> = {
  RECOMMEND_PILOT: IdeaStatus.RECOMMENDED,
  SEND_TO_SUPPORT: IdeaStatus.IN_SUPPORT,
  ARCHIVE: IdeaStatus.ARCHIVED,
};

/** The chair concludes; the idea moves on and the author hears the conclusion with its reasons. */
export async function conclude(ctx: Context, input: ConclusionInput): Promise<string> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadReview(tx, ctx, input.reviewId, true);
    requireOpen(r);
    if (!r.me || r.me.role !== CouncilRole.CHAIR) {
      throw new ForbiddenError('Chỉ Chủ tịch Hội đồng ghi kết luận.');
    }
    const v = new Validator();
    const reasons = v.text('reasons', input.reasons, {
      label: 'lý do kết luận',
      required: true,
      max: 5000,
      multiline: true,
    });
    v.throwIfInvalid();
    const result = resultOf(r);
    if (!result.quorumReached) {
      throw new BadInputError(
        {
          conclusion: `Chưa đủ số thành viên chấm điểm theo quy chế (${result.submitted}/${result.quorum}).`,
        },
        'Chưa đủ điều kiện kết luận.',
      );
    }
    if (input.conclusion === ReviewConclusion.RECOMMEND_PILOT && !result.meetsRule) {
      throw new BadInputError(
        {
          conclusion:
            `Kết quả chưa đạt quy chế để đề xuất thử nghiệm (điểm ${result.score ?? '—'}/${result.threshold}, ` +
            `tán thành ${result.votesFor}/${result.eligible}).`,
        },
        'Chưa đủ điều kiện đề xuất thử nghiệm.',
      );
    }
    const idea = await tx.findOneOrFail(
      Idea,
      { id: r.idea.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    r.review.status = ReviewStatus.CONCLUDED;
    r.review.conclusion = input.conclusion;
    r.review.reasons = reasons;
    r.review.concludedAt = now;
    r.review.concludedBy = tx.getReference(StaffUser, r.viewer.userId) as never;
    r.review.resultSnapshot = JSON.parse(JSON.stringify(result));
    const to = CONCLUSION_TARGET[input.conclusion];
    await applyTransition(tx, {
      tenantId: ctx.tenant.id,
      idea,
      to,
      actor: auditActor(ctx.viewer),
      now,
      message: reasons,
      responseBody:
        `Hội đồng tư vấn (${r.council.name}) đã họp ngày ${formatDateVi(now)} và kết luận: ` +
        `${CONCLUSION_LABEL[input.conclusion].toLowerCase()} đối với ý tưởng "${idea.title}".` +
        (result.score !== null ? ` Điểm đánh giá: ${result.score}/100.` : '') +
        `\n\nLý do: ${reasons}`,
      auditDetails: { reviewId: r.review.id, conclusion: input.conclusion, score: result.score },
    });
    await tx.flush();
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
    await publishReview(tx, r.review, 'CONCLUDED', now);
    return r.review.id;
  });
}

/** The hub sees every review; a member sees the reviews of the councils they sit on. */
export async function listReviews(ctx: Context, status: ReviewStatus | null): Promise<Review[]> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  const scope = seesWholeTenant(viewer)
    ? {}
    : { council: { $in: await myCouncilIds(ctx, viewer) } };
  return ctx.em.find(
    Review,
    { tenant: ctx.tenant.id, ...scope, ...(status ? { status } : {}) },
    { orderBy: { assignedAt: 'desc' } },
  );
}

/** A review with its council, members, sheets and rubric, checked for the viewer; batched. */
export function loadedReview(ctx: Context, id: string): Promise<LoadedReview> {
  return councilLoaders(ctx).loadedReview.load(id);
}

export async function getReview(ctx: Context, id: string): Promise<Review> {
  return (await loadedReview(ctx, id)).review;
}

/** The review as saved by a mutation's own transaction (read again in a fresh identity map). */
export function reviewAfterChange(ctx: Context, id: string): Promise<Review> {
  return ctx.em.fork().findOneOrFail(Review, { id });
}

export function reviewIdea(ctx: Context, review: Review): Promise<Idea> {
  return councilLoaders(ctx).ideaById.load(review.idea.id);
}

export async function reviewCriteria(ctx: Context, review: Review): Promise<RubricCriterion[]> {
  return (await loadedReview(ctx, review.id)).criteria;
}

export async function myReviewRole(ctx: Context, review: Review): Promise<MyReviewRole | null> {
  const r = await loadedReview(ctx, review.id);
  if (!r.me || !r.mine) return null;
  return {
    role: r.me.role,
    conflict: r.mine.conflict ?? null,
    submittedAt: r.mine.submittedAt ?? null,
    vote: r.mine.vote ?? null,
  };
}

/** The members' sheets as this viewer may see them (see `mayReadOthersScores`). */
export async function reviewSheets(ctx: Context, review: Review): Promise<SheetView[]> {
  const r = await loadedReview(ctx, review.id);
  const others = mayReadOthersScores(ctx, r);
  return r.participants.map((p) => {
    const member = r.members.find((m) => m.id === p.member.id)!;
    const mine = r.me?.id === member.id;
    const visible = mine || (others && p.conflict !== true);
    return {
      memberId: member.id,
      memberName: (member.user.getEntity() as StaffUser).fullName,
      role: member.role,
      conflict: p.conflict ?? null,
      conflictNote: mine || seesWholeTenant(ctx.viewer) ? (p.conflictNote ?? null) : null,
      submittedAt: p.submittedAt ?? null,
      vote: visible ? (p.vote ?? null) : null,
      scores: visible
        ? r.scores
            .filter((s) => s.member.id === member.id)
            .map((s) => ({
              criterionId: s.criterion.id,
              value: s.value,
              comment: s.comment ?? null,
            }))
        : null,
      mine,
    };
  });
}

export async function reviewResultView(
  ctx: Context,
  review: Review,
): Promise<ReviewResultView | null> {
  const r = await loadedReview(ctx, review.id);
  if (!mayReadOthersScores(ctx, r)) return null;
  const res = resultOf(r);
  return {
    ...res,
    criteria: res.criteria.map((c) => ({
      ...c,
      criterion: r.criteria.find((x) => x.id === c.criterion.id)!,
    })),
  };
}

/** Live progress goes to the hub and to the council's members, in their own tenant. */
export function maySeeReviewEvent(
  ctx: Context,
  p: ReviewEventPayload,
  reviewId: string | null | undefined,
): boolean {
  if (!isStaff(ctx.viewer) || ctx.viewer.tenantId !== p.tenantId) return false;
  if (reviewId && reviewId !== p.reviewId) return false;
  return seesWholeTenant(ctx.viewer) || p.memberUserIds.includes(ctx.viewer.userId);
}
