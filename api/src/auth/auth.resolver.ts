import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { LoginPayload } from './auth.types.js';
import * as auth from './auth.service.js';

@Resolver(() => StaffUser)
export class AuthResolver {
  @Query(() => StaffUser, {
    nullable: true,
    description: 'Cán bộ đang đăng nhập (null nếu là khách)',
  })
  viewer(@Ctx() ctx: Context): Promise<StaffUser | null> {
    return auth.viewerAccount(ctx);
  }

  @Mutation(() => LoginPayload, { description: 'Đăng nhập cán bộ bằng email và mật khẩu' })
  login(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayload> {
    return auth.login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Đăng xuất: thu hồi phiên hiện tại' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return auth.logout(ctx);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() user: StaffUser): Promise<Unit | null> {
    return user.unit ? ((await user.unit.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() user: StaffUser): Promise<Tenant> {
    return user.tenant.load({ dataloader: true }) as Promise<Tenant>;
  }
}
