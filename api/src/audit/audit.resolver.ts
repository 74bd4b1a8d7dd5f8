import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, mayReadAuditLog } from '../common/access.js';
import { Connection, pageByCreatedAt } from '../common/connection.js';
import { Validator } from '../common/validate.js';
import { AuditAction, AuditEntry } from './audit.entity.js';

@InputType({ description: 'Bộ lọc nhật ký kiểm toán' })
export class AuditWhereInput {
  @Field(() => [AuditAction], { nullable: true })
  actions?: AuditAction[] | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  ideaId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

export const AuditConnection = Connection(AuditEntry, 'AuditEntry');
export type AuditConnection = InstanceType<typeof AuditConnection>;

@Resolver()
export class AuditResolver {
  @Query(() => AuditConnection, {
    description: 'Nhật ký kiểm toán (chỉ cơ quan đầu mối, mới nhất trước)',
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('where', () => AuditWhereInput, { nullable: true }) where: AuditWhereInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditConnection> {
    assertAllowed(
      ctx.viewer,
      mayReadAuditLog(ctx.viewer),
      'Chỉ cơ quan đầu mối được xem nhật ký kiểm toán.',
    );
    const v = new Validator();
    v.id('actorId', where?.actorId, 'cán bộ');
    v.id('ideaId', where?.ideaId, 'ý tưởng');
    v.throwIfInvalid();
    const filter = (): FilterQuery<AuditEntry> => ({
      tenant: ctx.tenant.id,
      ...(where?.actions?.length ? { action: { $in: where.actions } } : {}),
      ...(where?.actorId ? { actorId: where.actorId } : {}),
      ...(where?.ideaId ? { ideaId: where.ideaId } : {}),
      ...(where?.from || where?.to
        ? {
            createdAt: {
              ...(where.from ? { $gte: where.from } : {}),
              ...(where.to ? { $lt: where.to } : {}),
            },
          }
        : {}),
    });
    return AuditConnection.from(
      await pageByCreatedAt(ctx.em, AuditEntry, filter, { first, after }),
    );
  }
}
