import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'Xã/phường dùng nền tảng; một triển khai có thể phục vụ cả tỉnh.' })
@Entity({ tableName: 'tenant' })
export class Tenant extends BaseEntity<'requireTwoFactorForAdmins'> {
  @Field({ description: 'Mã đơn vị hành chính (ví dụ 16228 cho xã Như Thanh)' })
  @Property({ length: 16, unique: true })
  code: string;

  @Field()
  @Property({ length: 200 })
  name: string;

  @Field({ description: 'Tỉnh/thành phố' })
  @Property({ length: 200 })
  province: string;

  /** Accounts: ADMIN and HUB must use a second factor (TOTP). */
  @Field({
    description: 'Bắt buộc xác thực hai bước (TOTP) cho Quản trị và Phòng Văn hóa – Xã hội',
  })
  @Property({ default: false })
  requireTwoFactorForAdmins: boolean = false;
}
