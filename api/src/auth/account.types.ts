import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { StaffUser } from './staff-user.entity.js';
import { InvitationMethod, InvitationStatus } from './auth.enums.js';

export const StaffAccountConnection = Connection(StaffUser, 'StaffAccount');
export type StaffAccountConnection = InstanceType<typeof StaffAccountConnection>;

@ObjectType({ description: 'Lời mời kích hoạt tài khoản vừa tạo' })
export class InvitationResult {
  @Field(() => StaffUser)
  user: StaffUser;

  @Field(() => InvitationMethod)
  method: InvitationMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Mã mời in trên giấy: chỉ hiển thị MỘT lần, trao tận tay (null khi gửi email)',
  })
  code: string | null;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'Lời mời đang chờ của một tài khoản' })
export class PendingInvitation {
  @Field(() => InvitationMethod)
  method: InvitationMethod;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'Một phiên đăng nhập của tôi' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Trình duyệt, thiết bị' })
  userAgent: string | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Phiên đang dùng' })
  current: boolean;
}

@ObjectType({ description: 'Bắt đầu bật xác thực hai bước: quét mã QR bằng ứng dụng tạo mã' })
export class TwoFactorEnrolment {
  @Field({ description: 'Khóa bí mật (base32) để nhập tay' })
  secret: string;

  @Field({ description: 'Địa chỉ otpauth:// (RFC 6238)' })
  uri: string;

  @Field({ description: 'Mã QR dạng SVG' })
  qrSvg: string;
}
