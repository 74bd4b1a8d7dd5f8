import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantStatus } from './tenant.enums.js';
import { Tenant } from './tenant.entity.js';

@ObjectType({ description: 'Một xã/phường trong danh mục đơn vị hành chính của tỉnh' })
export class CommuneCandidate {
  @Field({ description: 'Mã đơn vị hành chính' })
  code: string;

  @Field()
  name: string;

  @Field()
  provinceCode: string;

  @Field({ description: 'Đã được tạo trên nền tảng' })
  created: boolean;
}

@ObjectType({ description: 'Số liệu tổng hợp của một xã (không có dữ liệu cá nhân)' })
export class CommuneOverview {
  @Field(() => ID)
  tenantId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => TenantStatus)
  status: TenantStatus;

  @Field({ description: 'Ngày tạo trên nền tảng' })
  createdAt: Date;

  @Field({ description: 'Xã cho phép tỉnh xem danh sách vinh danh kèm tên tác giả' })
  personalDataShared: boolean;

  @Field(() => Int, { description: 'Ý tưởng đã tiếp nhận' })
  received: number;

  @Field(() => Int, { description: 'Đã phản hồi tác giả' })
  answered: number;

  @Field(() => Int, { description: 'Phản hồi đúng hạn' })
  answeredOnTime: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ phản hồi (0–1)' })
  responseRate: number | null;

  @Field(() => Int, { description: 'Đã đưa ra Hội đồng' })
  inCouncil: number;

  @Field(() => Int, { description: 'Đã thử nghiệm, ứng dụng hoặc nhân rộng' })
  piloted: number;

  @Field(() => Int, { description: 'Được vinh danh' })
  honoured: number;
}

@ObjectType({ description: 'Các xã của tỉnh đặt cạnh nhau' })
export class ProvinceOverview {
  @Field()
  provinceCode: string;

  @Field()
  provinceName: string;

  @Field(() => Int, { description: 'Số xã/phường của tỉnh trong danh mục' })
  communeTotal: number;

  @Field(() => [CommuneOverview])
  communes: CommuneOverview[];
}

@ObjectType({ description: 'Ý tưởng được vinh danh của một xã, kèm tên tác giả (xã đã cho phép)' })
export class ProvinceHonouredIdea {
  @Field(() => ID)
  ideaId: string;

  @Field()
  trackingCode: string;

  @Field()
  title: string;

  @Field()
  honouredAt: Date;

  @Field(() => [String])
  authors: string[];
}

@ObjectType({ description: 'Xã vừa được tạo và lời mời quản trị viên đầu tiên' })
export class CommuneCreation {
  @Field(() => Tenant)
  tenant: Tenant;

  @Field({ description: 'Email đã nhận đường dẫn mời (dùng một lần) của quản trị viên đầu tiên' })
  invitedEmail: string;

  @Field({ description: 'Đường dẫn mời hết hạn lúc' })
  invitationExpiresAt: Date;
}
