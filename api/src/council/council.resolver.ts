import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../context.js';
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
import { MyReviewRole, ReviewProgress, ReviewResultView, SheetView } from './council.types.js';
import {
  campaignRubric,
  councilReviews,
  getCouncil,
  listCouncils,
  saveCouncil,
  setRubric,
} from './council.service.js';
import * as reviews from './review.service.js';

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], {
    description: 'Hội đồng tư vấn (cơ quan đầu mối thấy tất cả; thành viên thấy Hội đồng của mình)',
  })
  councils(@Ctx() ctx: Context): Promise<Council[]> {
    return listCouncils(ctx);
  }

  @Query(() => Council, { nullable: true })
  council(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Council | null> {
    return getCouncil(ctx, id);
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
    return councilReviews(ctx, council, status);
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
    return campaignRubric(ctx, campaign.id);
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

const reload = reviews.reviewAfterChange;

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => [Review], {
    description:
      'Các lượt đánh giá: thành viên thấy của Hội đồng mình, cơ quan đầu mối thấy tất cả',
  })
  reviews(
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewStatus, { nullable: true }) status: ReviewStatus | null,
  ): Promise<Review[]> {
    return reviews.listReviews(ctx, status);
  }

  @Query(() => Review, { nullable: true })
  review(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Review | null> {
    return reviews.getReview(ctx, id);
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
    return reviews.reviewIdea(ctx, review);
  }

  @FieldResolver(() => Council)
  council(@Root() review: Review): Promise<Council> {
    return review.council.load({ dataloader: true }) as Promise<Council>;
  }

  @FieldResolver(() => [RubricCriterion])
  criteria(@Root() review: Review, @Ctx() ctx: Context): Promise<RubricCriterion[]> {
    return reviews.reviewCriteria(ctx, review);
  }

  @FieldResolver(() => MyReviewRole, { nullable: true })
  me(@Root() review: Review, @Ctx() ctx: Context): Promise<MyReviewRole | null> {
    return reviews.myReviewRole(ctx, review);
  }

  @FieldResolver(() => [SheetView], {
    description: 'Phiếu chấm của các thành viên, theo quyền xem',
  })
  sheets(@Root() review: Review, @Ctx() ctx: Context): Promise<SheetView[]> {
    return reviews.reviewSheets(ctx, review);
  }

  @FieldResolver(() => ReviewResultView, {
    nullable: true,
    description: 'Kết quả (cơ quan đầu mối; thành viên sau khi nộp phiếu của mình)',
  })
  result(@Root() review: Review, @Ctx() ctx: Context): Promise<ReviewResultView | null> {
    return reviews.reviewResultView(ctx, review);
  }

  @Subscription(() => ReviewProgress, {
    topics: reviews.REVIEW_TOPIC,
    description: 'Tiến độ chấm điểm, cho cơ quan đầu mối và thành viên Hội đồng',
    filter: ({ payload, args, context }) =>
      reviews.maySeeReviewEvent(
        context as Context,
        payload as reviews.ReviewEventPayload,
        args.reviewId as string | null,
      ),
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
