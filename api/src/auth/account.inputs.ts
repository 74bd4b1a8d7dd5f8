import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../common/roles.js';
import { AccountStatus, InvitationMethod } from './auth.enums.js';

@InputType({ description: 'Bộ lọc danh sách tài khoản cán bộ' })
export class StaffAccountWhereInput {
  @Field(() => [Role], { nullable: true, description: 'Có một trong các vai trò này' })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo họ tên hoặc email, không phân biệt dấu',
  })
  search?: string | null;
}

@InputType({ description: 'Mời một cán bộ tham gia' })
export class InviteStaffInput {
  @Field(() => InvitationMethod, {
    description:
      'EMAIL_LINK: gửi đường dẫn qua email (7 ngày); PRINTED_CODE: mã in trao tận tay (72 giờ)',
  })
  method: InvitationMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Email đăng nhập (bắt buộc khi gửi đường dẫn; có thể bỏ trống với mã in)',
  })
  email?: string | null;

  @Field()
  fullName: string;

  @Field(() => [Role], { description: 'Một người có thể giữ nhiều vai trò' })
  roles: Role[];

  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị (bắt buộc với Cán bộ tiếp nhận và Thủ trưởng đơn vị)',
  })
  unitId?: string | null;
}

@InputType({ description: 'Sửa tài khoản cán bộ' })
export class UpdateStaffAccountInput {
  @Field()
  fullName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@InputType({
  description:
    'Nhận lời mời: đường dẫn (token) hoặc mã in kèm email dùng để đăng nhập; đặt mật khẩu',
})
export class AcceptInvitationInput {
  @Field(() => String, { nullable: true, description: 'Token trong đường dẫn mời' })
  token?: string | null;

  @Field(() => String, { nullable: true, description: 'Mã mời in trên giấy (10 ký tự)' })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Email dùng để đăng nhập (với mã in: bắt buộc nếu lời mời chưa có email)',
  })
  email?: string | null;

  @Field()
  password: string;
}
