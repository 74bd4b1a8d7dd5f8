import { Field, ObjectType } from 'type-graphql';
import { StaffUser } from './staff-user.entity.js';

@ObjectType({
  description:
    'Kết quả đăng nhập: ứng dụng giữ token trong cookie httpOnly. Với tài khoản bật xác thực hai bước, token là null và challenge phải được trả lời bằng completeLogin',
})
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Token phiên; gửi lại trong header Authorization: Bearer',
  })
  token: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => StaffUser, { nullable: true })
  user: StaffUser | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cần bước thứ hai: mã thử thách (5 phút) gửi kèm mã xác thực vào completeLogin',
  })
  challenge: string | null;

  @Field(() => Date, { nullable: true })
  challengeExpiresAt: Date | null;
}
