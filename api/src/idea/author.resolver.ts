import { Arg, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { IDEA_TOPIC, type IdeaEventPayload } from './idea.events.js';
import { IdeaTracking, TrackingUpdate } from './idea.types.js';
import { SupplementInput } from './triage.inputs.js';
import * as author from './author.service.js';

@Resolver()
export class AuthorResolver {
  @Query(() => IdeaTracking, { description: 'Tra cứu lại bằng mã phiên do trackIdea cấp' })
  trackIdeaByToken(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return author.trackByToken(ctx, token);
  }

  @Mutation(() => IdeaTracking, { description: 'Tác giả trả lời trong luồng trao đổi' })
  replyToIdea(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('body', () => String) body: string,
  ) {
    return author.replyAsAuthor(ctx, token, body);
  }

  @Mutation(() => IdeaTracking, {
    description:
      'Tác giả bổ sung thông tin khi được đề nghị: tạo phiên bản mới, ý tưởng trở lại "Đã tiếp nhận"',
  })
  supplementIdea(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('input', () => SupplementInput) input: SupplementInput,
  ) {
    return author.supplementIdea(ctx, token, input);
  }

  @Mutation(() => IdeaTracking, { description: 'Tác giả rút ý tưởng' })
  withdrawIdea(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ) {
    return author.withdrawIdea(ctx, token, reason);
  }

  @Subscription(() => TrackingUpdate, {
    topics: IDEA_TOPIC,
    description:
      'Trạng thái và tin mới của một ý tưởng, cho trang tra cứu của tác giả (cần mã phiên)',
    filter: ({ payload, args, context }) =>
      author.mayFollowIdea(context as Context, payload as IdeaEventPayload, String(args.token)),
  })
  ideaTrackingUpdated(
    @Root() payload: IdeaEventPayload,
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
  ): TrackingUpdate {
    return author.trackingUpdate(ctx, payload, token);
  }
}
