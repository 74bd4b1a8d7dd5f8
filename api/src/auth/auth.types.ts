import { Field, ObjectType } from 'type-graphql';
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
