import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { AuditWhereInput } from './audit.inputs.js';
import { AuditConnection } from './audit.types.js';
import { auditLogPage } from './audit.service.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditConnection, {
    description: 'Nhật ký kiểm toán (chỉ cơ quan đầu mối, mới nhất trước)',
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('where', () => AuditWhereInput, { nullable: true }) where: AuditWhereInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditConnection> {
    return auditLogPage(ctx, where, { first, after });
  }
}
