import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Field,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.js';
import { mayTriage } from '../common/access.js';
import { FeedbackStage } from './feedback.enums.js';
import { HandlingFeedback } from './feedback.entity.js';
import * as feedback from './feedback.service.js';
import { PeriodInput } from '../movement/movement.inputs.js';

@ObjectType({ description: 'Phản ánh, kiến nghị trong kỳ' })
export class FeedbackStatsView {
  @Field(() => Int) received: number;
  @Field(() => Int) answered: number;
  @Field(() => Int, { description: 'Trả lời đúng hạn' }) answeredOnTime: number;
  @Field(() => Int) escalated: number;
  @Field(() => Int, { description: 'Đang xem xét' }) open: number;
  @Field(() => Int, { description: 'Quá hạn chưa trả lời' }) overdue: number;
}

@InputType({ description: 'Phản ánh về việc tiếp nhận, đánh giá, sử dụng ý tưởng' })
export class FeedbackInput {
  @Field(() => String, { nullable: true, description: 'Mã tra cứu của ý tưởng (nếu có)' })
  trackingCode?: string | null;

  @Field(() => FeedbackStage)
  stage: FeedbackStage;

  @Field()
  body: string;

  @Field()
  name: string;

  @Field({ description: 'Email hoặc số điện thoại để nhận trả lời' })
  contact: string;
}

@Resolver(() => HandlingFeedback)
export class FeedbackResolver {
  @Mutation(() => HandlingFeedback, {
    description: 'Gửi phản ánh, kiến nghị về việc tiếp nhận, đánh giá, sử dụng ý tưởng (mọi người)',
  })
  fileHandlingFeedback(
    @Ctx() ctx: Context,
    @Arg('input', () => FeedbackInput) input: FeedbackInput,
  ) {
    return feedback.fileFeedback(ctx, input);
  }

  @Query(() => FeedbackStatsView, {
    description: 'Phản ánh, kiến nghị nhận trong kỳ và kết quả giải quyết (cơ quan đầu mối)',
  })
  feedbackStats(@Ctx() ctx: Context, @Arg('period', () => PeriodInput) period: PeriodInput) {
    return feedback.feedbackStats(ctx, period);
  }

  @Query(() => [HandlingFeedback], {
    description: 'Phản ánh, kiến nghị (cơ quan đầu mối): chưa trả lời trước',
  })
  handlingFeedback(@Ctx() ctx: Context) {
    return feedback.listFeedback(ctx);
  }

  @Mutation(() => HandlingFeedback, { description: 'Trả lời phản ánh (cơ quan đầu mối)' })
  answerHandlingFeedback(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
  ) {
    return feedback.answerFeedback(ctx, id, answer);
  }

  @Mutation(() => HandlingFeedback, {
    description: 'Chuyển phản ánh thành tranh chấp quyền tác giả',
  })
  escalateHandlingFeedback(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return feedback.escalateFeedback(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Quá hạn trả lời' })
  overdue(@Root() f: HandlingFeedback, @Ctx() ctx: Context): boolean {
    return f.status === 'RECEIVED' && f.dueAt < ctx.clock.now();
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Người phản ánh (chỉ cơ quan đầu mối thấy)',
  })
  name(@Root() f: HandlingFeedback, @Ctx() ctx: Context): string | null {
    return mayTriage(ctx.viewer) ? f.name : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email hoặc số điện thoại nhận trả lời (chỉ cơ quan đầu mối thấy)',
  })
  contact(@Root() f: HandlingFeedback, @Ctx() ctx: Context): string | null {
    return mayTriage(ctx.viewer) ? f.contact : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Ý tưởng được phản ánh' })
  ideaId(@Root() f: HandlingFeedback): string | null {
    return f.idea?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  disputeId(@Root() f: HandlingFeedback): string | null {
    return f.dispute?.id ?? null;
  }
}
