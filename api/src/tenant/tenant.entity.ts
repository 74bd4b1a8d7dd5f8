import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { TenantLevel, TenantStatus } from './tenant.enums.js';

/**
 * A commune (xã/phường) using the platform, or the province level for the province's own staff.
 * Its settings (display name, contacts shown in the public footer, the authority and chairman named
 * on documents, the province's access to personal data) live on the same row.
 */
@ObjectType({ description: 'Xã/phường dùng nền tảng; một triển khai có thể phục vụ cả tỉnh.' })
@Entity({ tableName: 'tenant' })
@Index({ properties: ['provinceCode', 'level'] })
export class Tenant extends BaseEntity<
  'level' | 'status' | 'shareDataWithProvince' | 'provinceCode' | 'requireTwoFactorForAdmins'
> {
  @Field({
    description: 'Mã đơn vị hành chính (ví dụ 16228 cho xã Như Thanh, 38 cho tỉnh Thanh Hóa)',
  })
  @Property({ length: 16, unique: true })
  code: string;

  @Field()
  @Property({ length: 200 })
  name: string;

  @Field({ description: 'Tỉnh/thành phố' })
  @Property({ length: 200 })
  province: string;

  @Field(() => TenantLevel)
  @Enum({ items: () => TenantLevel, default: TenantLevel.COMMUNE })
  level: TenantLevel = TenantLevel.COMMUNE;

  @Field({ description: 'Mã tỉnh/thành phố (ví dụ 38)' })
  @Property({ length: 8, default: '' })
  provinceCode: string = '';

  @Field(() => TenantStatus)
  @Enum({ items: () => TenantStatus, default: TenantStatus.ACTIVE })
  status: TenantStatus = TenantStatus.ACTIVE;

  @Field({
    description:
      'Xã cho phép cán bộ cấp tỉnh xem dữ liệu cá nhân (danh sách ý tưởng được vinh danh kèm tên tác giả)',
  })
  @Property({ default: false })
  shareDataWithProvince: boolean = false;

  @Field(() => String, { nullable: true, description: 'Tên hiển thị trên trang công cộng' })
  @Property({ length: 200, nullable: true })
  displayName?: string | null;

  /** A media-library image of the same tenant (no foreign key: the library is tenant-owned). */
  @Field(() => ID, { nullable: true, description: 'Ảnh biểu trưng (trong thư viện ảnh của xã)' })
  @Property({ type: 'uuid', nullable: true })
  logoMediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ trụ sở' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 40, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cơ quan ban hành văn bản (ví dụ "UBND xã Như Thanh"), in trên văn bản',
  })
  @Property({ length: 200, nullable: true })
  authorityName?: string | null;

  @Field(() => String, { nullable: true, description: 'Họ tên Chủ tịch UBND, in trên văn bản' })
  @Property({ length: 200, nullable: true })
  chairmanName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chức danh người ký (ví dụ "Chủ tịch UBND xã"), in trên văn bản',
  })
  @Property({ length: 200, nullable: true })
  chairmanTitle?: string | null;

  /** Accounts: ADMIN and HUB must use a second factor (TOTP). */
  @Field({
    description: 'Bắt buộc xác thực hai bước (TOTP) cho Quản trị và Phòng Văn hóa – Xã hội',
  })
  @Property({ default: false })
  requireTwoFactorForAdmins: boolean = false;
}
