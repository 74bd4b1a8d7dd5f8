import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, seesWholeTenant, type StaffViewer } from '../common/access.js';
import { isUuid } from '../common/validate.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Council, CouncilMember, Review, RubricCriterion } from './council.entity.js';
import { CouncilRole, ReviewStatus, VoteChoice } from './council.enums.js';
import {
  ConclusionInput,
  CouncilInput,
  RubricCriterionInput,
  ScoreInput,
} from './council.inputs.js';
import { ReviewProgress, ReviewResultView, SheetView } from './council.types.js';
import { saveCouncil, setRubric } from './council.service.js';
import * as reviews from './review.service.js';

@ObjectType({ description: 'Vai trò của người xem trong một lượt đánh giá' })
export class MyReviewRole {
  @Field(() => CouncilRole, { nullable: true })
  role: CouncilRole | null;

  @Field(() => Boolean, { nullable: true })
  conflict: boolean | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => VoteChoice, { nullable: true })
  vote: VoteChoice | null;
}

async function myCouncilIds(ctx: Context): Promise<string[]> {
  const viewer = ctx.viewer as StaffViewer;
  const rows = await ctx.em.find(
    CouncilMember,
    { user: viewer.userId, tenant: ctx.tenant.id },
    { fields: ['council'] },
  );
  return rows.map((r) => r.council.id);
}

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], {
    description: 'Hội đồng tư vấn (cơ quan đầu mối thấy tất cả; thành viên thấy Hội đồng của mình)',
  })
  async councils(@Ctx() ctx: Context): Promise<Council[]> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    const where = seesWholeTenant(ctx.viewer)
      ? { tenant: ctx.tenant.id }
      : { tenant: ctx.tenant.id, id: { $in: await myCouncilIds(ctx) } };
    return ctx.em.find(Council, where, { orderBy: { decisionDate: 'desc' } });
  }

  @Query(() => Council, { nullable: true })
  async council(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Council | null> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    if (!isUuid(id)) return null;
    if (!seesWholeTenant(ctx.viewer) && !(await myCouncilIds(ctx)).includes(id)) return null;
    return ctx.em.findOne(Council, { id, tenant: ctx.tenant.id });
  }

  @Mutation(() => Council, {
    description: 'Thành lập Hội đồng theo quyết định của Chủ tịch UBND xã',
  })
  createCouncil(@Ctx() ctx: Context, @Arg('input', () => CouncilInput) input: CouncilInput) {
    return saveCouncil(ctx, null, input);
  }

  @Mutation(() => Council, {
    description: 'Cập nhật Hội đồng (thành viên không đổi được khi đang chấm)',
  })
  updateCouncil(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CouncilInput) input: CouncilInput,
  ) {
    return saveCouncil(ctx, id, input);
  }

  @FieldResolver(() => [CouncilMember])
  async members(@Root() council: Council): Promise<CouncilMember[]> {
    const order: CouncilRole[] = [
      CouncilRole.CHAIR,
      CouncilRole.VICE_CHAIR,
      CouncilRole.SECRETARY,
      CouncilRole.MEMBER,
    ];
    return [...(await council.members.load({ dataloader: true }))].sort(
      (a, b) => order.indexOf(a.role) - order.indexOf(b.role),
    );
  }

  @FieldResolver(() => [IdeaField])
  async fields(@Root() council: Council): Promise<IdeaField[]> {
    return [...(await council.fields.load({ dataloader: true }))];
  }

  @FieldResolver(() => Campaign, { nullable: true })
  async campaign(@Root() council: Council): Promise<Campaign | null> {
    return council.campaign ? ((await council.campaign.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Văn bản quyết định (tải qua /files/:id)',
  })
  decisionDocumentId(@Root() council: Council): string | null {
    return council.decisionDocument?.id ?? null;
  }

  @FieldResolver(() => [Review])
  reviews(
    @Root() council: Council,
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewStatus, { nullable: true }) status: ReviewStatus | null,
  ): Promise<Review[]> {
    return ctx.em.find(
      Review,
      { council: council.id, ...(status ? { status } : {}) },
      { orderBy: { assignedAt: 'desc' } },
    );
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => ID)
  userId(@Root() m: CouncilMember): string {
    return m.user.id;
  }

  @FieldResolver(() => String)
  async fullName(@Root() m: CouncilMember): Promise<string> {
    return ((await m.user.load({ dataloader: true })) as StaffUser).fullName;
  }
}

@Resolver(() => Campaign)
export class RubricResolver {
  @FieldResolver(() => [RubricCriterion], {
    description: 'Bộ tiêu chí chấm điểm của phong trào (§III.3)',
  })
  rubric(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<RubricCriterion[]> {
    return ctx.em.find(
      RubricCriterion,
      { campaign: campaign.id },
      { orderBy: { sortOrder: 'asc' } },
    );
  }

  @Mutation(() => Campaign, {
    description: 'Sửa bộ tiêu chí (chỉ trước khi ý tưởng đầu tiên được chấm)',
  })
  setRubric(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('criteria', () => [RubricCriterionInput]) criteria: RubricCriterionInput[],
  ): Promise<Campaign> {
    return setRubric(ctx, campaignId, criteria);
  }
}

function loaded(ctx: Context, id: string) {
  return ctx.loaders.memo(`review:${id}`, () => reviews.loadReview(ctx.em, ctx, id));
}

async function reload(ctx: Context, id: string): Promise<Review> {
  return ctx.em.fork().findOneOrFail(Review, { id });
}

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => [Review], {
    description:
      'Các lượt đánh giá: thành viên thấy của Hội đồng mình, cơ quan đầu mối thấy tất cả',
  })
  async reviews(
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewStatus, { nullable: true }) status: ReviewStatus | null,
  ): Promise<Review[]> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    const scope = seesWholeTenant(ctx.viewer) ? {} : { council: { $in: await myCouncilIds(ctx) } };
    return ctx.em.find(
      Review,
      { tenant: ctx.tenant.id, ...scope, ...(status ? { status } : {}) },
      { orderBy: { assignedAt: 'desc' } },
    );
  }

  @Query(() => Review, { nullable: true })
  async review(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Review | null> {
    const r = await reviews.loadReview(ctx.em, ctx, id);
    return r.review;
  }

  @Mutation(() => Review, { description: 'Kê khai xung đột lợi ích (bắt buộc trước khi chấm)' })
  async declareConflict(
    @Ctx() ctx: Context,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('conflict', () => Boolean) conflict: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Review> {
    return reload(ctx, await reviews.declareConflict(ctx, reviewId, conflict, note));
  }

  @Mutation(() => Review, { description: 'Lưu điểm (một phần hoặc tất cả; tự lưu khi chấm)' })
  async saveScores(
    @Ctx() ctx: Context,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('scores', () => [ScoreInput]) scores: ScoreInput[],
  ): Promise<Review> {
    return reload(ctx, await reviews.saveScores(ctx, reviewId, scores));
  }

  @Mutation(() => Review, { description: 'Nộp phiếu chấm (vẫn sửa được đến khi kết luận)' })
  async submitScores(
    @Ctx() ctx: Context,
    @Arg('reviewId', () => ID) reviewId: string,
  ): Promise<Review> {
    return reload(ctx, await reviews.submitScores(ctx, reviewId));
  }

  @Mutation(() => Review, { description: 'Biểu quyết' })
  async castVote(
    @Ctx() ctx: Context,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('choice', () => VoteChoice) choice: VoteChoice,
  ): Promise<Review> {
    return reload(ctx, await reviews.castVote(ctx, reviewId, choice));
  }

  @Mutation(() => Review, {
    description: 'Chủ tịch Hội đồng ghi kết luận; ý tưởng chuyển bước và tác giả nhận thông báo',
  })
  async concludeReview(
    @Ctx() ctx: Context,
    @Arg('input', () => ConclusionInput) input: ConclusionInput,
  ): Promise<Review> {
    return reload(ctx, await reviews.conclude(ctx, input));
  }

  @FieldResolver(() => Idea)
  idea(@Root() review: Review, @Ctx() ctx: Context): Promise<Idea> {
    return ctx.em.findOneOrFail(Idea, { id: review.idea.id });
  }

  @FieldResolver(() => Council)
  council(@Root() review: Review): Promise<Council> {
    return review.council.load({ dataloader: true }) as Promise<Council>;
  }

  @FieldResolver(() => [RubricCriterion])
  async criteria(@Root() review: Review, @Ctx() ctx: Context): Promise<RubricCriterion[]> {
    return (await loaded(ctx, review.id)).criteria;
  }

  @FieldResolver(() => MyReviewRole, { nullable: true })
  async me(@Root() review: Review, @Ctx() ctx: Context): Promise<MyReviewRole | null> {
    const r = await loaded(ctx, review.id);
    if (!r.me || !r.mine) return null;
    return {
      role: r.me.role,
      conflict: r.mine.conflict ?? null,
      submittedAt: r.mine.submittedAt ?? null,
      vote: r.mine.vote ?? null,
    };
  }

  @FieldResolver(() => [SheetView], {
    description: 'Phiếu chấm của các thành viên, theo quyền xem',
  })
  async sheets(@Root() review: Review, @Ctx() ctx: Context): Promise<SheetView[]> {
    const r = await loaded(ctx, review.id);
    const others = reviews.mayReadOthersScores(ctx, r);
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

  @FieldResolver(() => ReviewResultView, {
    nullable: true,
    description: 'Kết quả (cơ quan đầu mối; thành viên sau khi nộp phiếu của mình)',
  })
  async result(@Root() review: Review, @Ctx() ctx: Context): Promise<ReviewResultView | null> {
    const r = await loaded(ctx, review.id);
    if (!reviews.mayReadOthersScores(ctx, r)) return null;
    const res = reviews.resultOf(r);
    return {
      ...res,
      criteria: res.criteria.map((c) => ({
        ...c,
        criterion: r.criteria.find((x) => x.id === c.criterion.id)!,
      })),
    };
  }

  @Subscription(() => ReviewProgress, {
    topics: reviews.REVIEW_TOPIC,
    description: 'Tiến độ chấm điểm, cho cơ quan đầu mối và thành viên Hội đồng',
    filter: ({ payload, args, context }) => {
      const p = payload as reviews.ReviewEventPayload;
      const ctx = context as Context;
      if (!isStaff(ctx.viewer) || ctx.viewer.tenantId !== p.tenantId) return false;
      if (args.reviewId && args.reviewId !== p.reviewId) return false;
      return seesWholeTenant(ctx.viewer) || p.memberUserIds.includes(ctx.viewer.userId);
    },
  })
  reviewProgress(
    @Root() p: reviews.ReviewEventPayload,
    @Arg('reviewId', () => ID, { nullable: true }) _reviewId: string | null,
  ): ReviewProgress {
    return {
      reviewId: p.reviewId,
      ideaId: p.ideaId,
      type: p.type,
      submitted: p.submitted,
      eligible: p.eligible,
      at: new Date(p.at),
    };
  }
}
