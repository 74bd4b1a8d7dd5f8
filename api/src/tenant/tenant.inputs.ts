import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Quản trị viên đầu tiên của xã (được mời qua email)' })
export class FirstAdminInput {
  @Field()
  fullName: string;

  @Field()
  email: string;
}

@InputType({ description: 'Thông tin của xã: tên hiển thị, biểu trưng, liên hệ, người ký văn bản' })
export class CommuneSettingsInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ảnh biểu trưng trong thư viện ảnh của xã' })
  logoMediaId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành văn bản' })
  authorityName?: string | null;

  @Field(() => String, { nullable: true, description: 'Họ tên người ký (Chủ tịch UBND)' })
  chairmanName?: string | null;

  @Field(() => String, { nullable: true, description: 'Chức danh người ký' })
  chairmanTitle?: string | null;
}
