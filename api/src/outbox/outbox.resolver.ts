import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { OutboundMessage } from './outbound-message.entity.js';
import { OutboxWhereInput } from './outbox.inputs.js';
import { OutboxConnection } from './outbox.types.js';
import * as outbox from './outbox.service.js';

@Resolver(() => OutboundMessage)
export class OutboxResolver {
  @Query(() => OutboxConnection, {
    description:
      'Hộp thư đi: thông báo email/SMS gửi tác giả và trạng thái gửi (chế độ demo: những gì lẽ ra đã gửi)',
  })
  outboundMessages(
    @Ctx() ctx: Context,
    @Arg('where', () => OutboxWhereInput, { nullable: true }) where: OutboxWhereInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<OutboxConnection> {
    return outbox.listOutboundMessages(ctx, where, { first, after });
  }

  @Mutation(() => OutboundMessage, { description: 'Gửi lại một thông báo đã thất bại' })
  retryOutboundMessage(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<OutboundMessage> {
    return outbox.retryOutboundMessage(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Tên ý tưởng liên quan' })
  ideaTitle(@Root() m: OutboundMessage): Promise<string | null> {
    return outbox.messageIdeaTitle(m);
  }

  @FieldResolver(() => ID, { nullable: true })
  ideaId(@Root() m: OutboundMessage): string | null {
    return m.idea?.id ?? null;
  }
}
