import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { isStaff, type StaffViewer } from '../common/access.js';
import { Permission, permissionsOf } from './permissions.js';
import { StaffUser } from './staff-user.entity.js';

@Resolver(() => StaffUser)
export class PermissionsResolver {
  @FieldResolver(() => [Permission], {
    description:
      'Những việc cán bộ này được làm (theo vai trò và đơn vị). Với người đang đăng nhập: đúng những gì API cho phép trong phiên này',
  })
  permissions(@Ctx() ctx: Context, @Root() user: StaffUser): Permission[] {
    // The viewer's own session is what the API enforces; anyone else's account is judged from it.
    if (isStaff(ctx.viewer) && ctx.viewer.userId === user.id) return permissionsOf(ctx.viewer);
    if (!user.active) return [];
    const other: StaffViewer = {
      kind: 'staff',
      userId: user.id,
      tenantId: user.tenant.id,
      roles: new Set(user.roles),
      unitId: user.unit?.id ?? null,
      sessionId: '',
      fullName: user.fullName,
    };
    return permissionsOf(other);
  }
}
