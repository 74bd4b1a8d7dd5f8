import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.js';
import { isStaff } from '../common/access.js';
import { Unit } from '../unit/unit.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { StaffUser } from './staff-user.entity.js';

@ObjectType({ description: 'Kết quả đăng nhập: ứng dụng giữ token trong cookie httpOnly' })
export class LoginPayload {
  @Field({ description: 'Token phiên; gửi lại trong header Authorization: Bearer' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => StaffUser)
  user: StaffUser;
}

@Resolver(() => StaffUser)
export class AuthResolver {
  @Query(() => StaffUser, {
    nullable: true,
    description: 'Cán bộ đang đăng nhập (null nếu là khách)',
  })
  viewer(@Ctx() ctx: Context): Promise<StaffUser | null> {
    return isStaff(ctx.viewer)
      ? ctx.em.findOne(StaffUser, { id: ctx.viewer.userId })
      : Promise.resolve(null);
  }

  @Mutation(() => LoginPayload, { description: 'Đăng nhập cán bộ bằng email và mật khẩu' })
  async login(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayload> {
    return ctx.auth.login(ctx.em, { email, password }, ctx.clock.now());
  }

  @Mutation(() => Boolean, { description: 'Đăng xuất: thu hồi phiên hiện tại' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.sessionToken
      ? ctx.auth.logout(ctx.em, ctx.sessionToken, ctx.clock.now())
      : Promise.resolve(false);
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
