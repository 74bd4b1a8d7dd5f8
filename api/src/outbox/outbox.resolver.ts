import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, mayReadOutbox } from '../common/access.js';
import { Connection, pageByCreatedAt } from '../common/connection.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/validate.js';
import { enqueueJob } from '../jobs/job.runner.js';
import { Idea } from '../idea/idea.entity.js';
import { DeliveryChannel, DeliveryStatus, OutboundMessage } from './outbound-message.entity.js';
import { DELIVER_QUEUE } from './outbox.service.js';

@InputType()
export class OutboxWhereInput {
  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;

  @Field(() => DeliveryChannel, { nullable: true })
  channel?: DeliveryChannel | null;

  @Field(() => ID, { nullable: true })
  ideaId?: string | null;
}

export const OutboxConnection = Connection(OutboundMessage, 'OutboundMessage');
export type OutboxConnection = InstanceType<typeof OutboxConnection>;

@Resolver(() => OutboundMessage)
export class OutboxResolver {
  @Query(() => OutboxConnection, {
    description:
      'Hộp thư đi: thông báo email/SMS gửi tác giả và trạng thái gửi (chế độ demo: những gì lẽ ra đã gửi)',
  })
  async outboundMessages(
    @Ctx() ctx: Context,
    @Arg('where', () => OutboxWhereInput, { nullable: true }) where: OutboxWhereInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<OutboxConnection> {
    assertAllowed(
      ctx.viewer,
      mayReadOutbox(ctx.viewer),
      'Chỉ cơ quan đầu mối được xem hộp thư đi.',
    );
    const filter = (): FilterQuery<OutboundMessage> => ({
      tenant: ctx.tenant.id,
      ...(where?.status ? { status: where.status } : {}),
      ...(where?.channel ? { channel: where.channel } : {}),
      ...(where?.ideaId && isUuid(where.ideaId) ? { idea: where.ideaId } : {}),
    });
    return OutboxConnection.from(
      await pageByCreatedAt(ctx.em, OutboundMessage, filter, { first, after }),
    );
  }

  @Mutation(() => OutboundMessage, { description: 'Gửi lại một thông báo đã thất bại' })
  async retryOutboundMessage(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<OutboundMessage> {
    assertAllowed(ctx.viewer, mayReadOutbox(ctx.viewer));
    const message = isUuid(id)
      ? await ctx.em.findOne(OutboundMessage, { id, tenant: ctx.tenant.id })
      : null;
    if (!message) throw new NotFoundError('Không tìm thấy thông báo.');
    if (message.recipient === '[đã xóa]' || message.lastError?.startsWith('Đã hủy'))
      throw new ConflictError('Không gửi lại được: người nhận đã yêu cầu xóa dữ liệu cá nhân.');
    if (message.status !== DeliveryStatus.SENT) {
      message.status = DeliveryStatus.PENDING;
      await ctx.em.transactional(async (tx) => {
        await enqueueJob(
          tx,
          DELIVER_QUEUE,
          { messageId: message.id },
          { runAt: ctx.clock.now(), tenantId: ctx.tenant.id },
        );
      });
    }
    return message;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Tên ý tưởng liên quan' })
  async ideaTitle(@Root() m: OutboundMessage): Promise<string | null> {
    if (!m.idea) return null;
    const idea = (await m.idea.load({ dataloader: true })) as Idea | null;
    return idea?.title ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  ideaId(@Root() m: OutboundMessage): string | null {
    return m.idea?.id ?? null;
  }
}
