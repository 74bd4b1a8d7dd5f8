import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { AccountStatus, InvitationMethod } from './auth.enums.js';
import { LoginPayload } from './auth.types.js';
import {
  AcceptInvitationInput,
  InviteStaffInput,
  StaffAccountWhereInput,
  UpdateStaffAccountInput,
} from './account.inputs.js';
import {
  InvitationResult,
  PendingInvitation,
  SessionInfo,
  StaffAccountConnection,
  TwoFactorEnrolment,
} from './account.types.js';
import * as accounts from './account.service.js';
import * as twoFactor from './two-factor.service.js';
import type { LoginResult } from './auth.service.js';

@Resolver(() => StaffUser)
export class AccountResolver {
  @Query(() => StaffAccountConnection, {
    description: 'Tài khoản cán bộ của xã (chỉ Quản trị), mới nhất trước',
  })
  staffAccounts(
    @Ctx() ctx: Context,
    @Arg('where', () => StaffAccountWhereInput, { nullable: true })
    where: StaffAccountWhereInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StaffAccountConnection> {
    return accounts.listStaffAccounts(ctx, where, { first, after });
  }

  @Query(() => StaffUser, { nullable: true, description: 'Một tài khoản cán bộ (chỉ Quản trị)' })
  staffAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<StaffUser | null> {
    return accounts.staffAccount(ctx, id);
  }

  @Query(() => [SessionInfo], { description: 'Các phiên đăng nhập còn hiệu lực của tôi' })
  mySessions(@Ctx() ctx: Context): Promise<SessionInfo[]> {
    return accounts.mySessions(ctx);
  }

  @Mutation(() => InvitationResult, {
    description: 'Quản trị mời cán bộ: đường dẫn qua email (7 ngày) hoặc mã in (72 giờ)',
  })
  inviteStaff(
    @Ctx() ctx: Context,
    @Arg('input', () => InviteStaffInput) input: InviteStaffInput,
  ): Promise<InvitationResult> {
    return accounts.inviteStaff(ctx, input);
  }

  @Mutation(() => InvitationResult, {
    description: 'Gửi lại lời mời (lời mời cũ hết hiệu lực)',
  })
  resendInvitation(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('method', () => InvitationMethod, { nullable: true }) method: InvitationMethod | null,
  ): Promise<InvitationResult> {
    return accounts.resendInvitation(ctx, userId, method);
  }

  @Mutation(() => StaffUser, { description: 'Thu hồi lời mời đang chờ' })
  revokeInvitation(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
  ): Promise<StaffUser> {
    return accounts.revokeInvitation(ctx, userId);
  }

  @Mutation(() => StaffUser, { description: 'Sửa họ tên, vai trò, đơn vị của tài khoản' })
  updateStaffAccount(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStaffAccountInput) input: UpdateStaffAccountInput,
  ): Promise<StaffUser> {
    return accounts.updateStaffAccount(ctx, id, input);
  }

  @Mutation(() => StaffUser, {
    description: 'Khóa tài khoản: mọi phiên đăng nhập kết thúc ngay, lời mời đang chờ bị thu hồi',
  })
  disableStaffAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<StaffUser> {
    return accounts.disableStaffAccount(ctx, id);
  }

  @Mutation(() => StaffUser, { description: 'Mở khóa tài khoản' })
  enableStaffAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<StaffUser> {
    return accounts.enableStaffAccount(ctx, id);
  }

  @Mutation(() => Tenant, {
    description: 'Bắt buộc (hoặc thôi) xác thực hai bước cho Quản trị và Phòng Văn hóa – Xã hội',
  })
  setRequireTwoFactorForAdmins(
    @Ctx() ctx: Context,
    @Arg('required', () => Boolean) required: boolean,
  ): Promise<Tenant> {
    return accounts.setRequireTwoFactorForAdmins(ctx, required);
  }

  @Mutation(() => LoginPayload, {
    description: 'Nhận lời mời: đặt mật khẩu, kích hoạt tài khoản và đăng nhập (dùng một lần)',
  })
  acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
  ): Promise<LoginResult> {
    return accounts.acceptInvitation(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Đổi mật khẩu của tôi (cần mật khẩu hiện tại); các phiên khác kết thúc',
  })
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return accounts.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description:
      'Quên mật khẩu: gửi đường dẫn đặt lại (1 giờ, dùng một lần) nếu email có tài khoản; luôn trả lời như nhau',
  })
  requestPasswordReset(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
  ): Promise<boolean> {
    return accounts.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, {
    description: 'Đặt mật khẩu mới bằng đường dẫn đặt lại; mọi phiên đăng nhập kết thúc',
  })
  resetPassword(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return accounts.resetPassword(ctx, token, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Kết thúc một phiên đăng nhập của tôi' })
  endSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return accounts.endSession(ctx, id);
  }

  @Mutation(() => Int, {
    description: 'Kết thúc mọi phiên đăng nhập khác của tôi; trả về số phiên đã kết thúc',
  })
  endOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return accounts.endOtherSessions(ctx);
  }

  @Mutation(() => TwoFactorEnrolment, {
    description: 'Bắt đầu bật xác thực hai bước: khóa bí mật, địa chỉ otpauth và mã QR',
  })
  startTwoFactorEnrolment(@Ctx() ctx: Context): Promise<TwoFactorEnrolment> {
    return twoFactor.startTwoFactorEnrolment(ctx);
  }

  @Mutation(() => [String], {
    description: 'Xác nhận bằng mã của ứng dụng; trả về 10 mã khôi phục, chỉ hiển thị một lần',
  })
  confirmTwoFactorEnrolment(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
  ): Promise<string[]> {
    return twoFactor.confirmTwoFactorEnrolment(ctx, code);
  }

  @Mutation(() => Boolean, { description: 'Tắt xác thực hai bước (cần mật khẩu)' })
  disableTwoFactor(
    @Ctx() ctx: Context,
    @Arg('password', () => String) password: string,
  ): Promise<boolean> {
    return twoFactor.disableTwoFactor(ctx, password);
  }

  @Mutation(() => LoginPayload, {
    description: 'Bước hai của đăng nhập: mã thử thách và mã xác thực (6 số) hoặc mã khôi phục',
  })
  completeLogin(
    @Ctx() ctx: Context,
    @Arg('challenge', () => String) challenge: string,
    @Arg('code', () => String) code: string,
  ): Promise<LoginResult> {
    return twoFactor.completeLogin(ctx, challenge, code);
  }

  @FieldResolver(() => AccountStatus, { description: 'Đã mời, đang hoạt động hay đã khóa' })
  status(@Root() user: StaffUser): AccountStatus {
    return accounts.accountStatus(user);
  }

  @FieldResolver(() => Boolean, { description: 'Đã bật xác thực hai bước' })
  twoFactorEnabled(@Root() user: StaffUser): boolean {
    return !!user.totpEnabledAt;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Với người đang đăng nhập: xã bắt buộc xác thực hai bước mà tài khoản chưa bật (chỉ được bật xác thực hai bước)',
  })
  twoFactorEnrolmentRequired(@Ctx() ctx: Context, @Root() user: StaffUser): boolean {
    return accounts.enrolmentRequiredOf(ctx, user);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Số mã khôi phục chưa dùng (chỉ với tài khoản của mình)',
  })
  recoveryCodesLeft(@Ctx() ctx: Context, @Root() user: StaffUser): Promise<number | null> {
    return twoFactor.recoveryCodesLeft(ctx, user.id);
  }

  @FieldResolver(() => PendingInvitation, {
    nullable: true,
    description: 'Lời mời đang chờ (chỉ Quản trị thấy)',
  })
  pendingInvitation(
    @Ctx() ctx: Context,
    @Root() user: StaffUser,
  ): Promise<PendingInvitation | null> {
    return accounts.pendingInvitation(ctx, user);
  }
}
