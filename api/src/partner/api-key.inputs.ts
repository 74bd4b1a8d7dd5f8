import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiKeyScope } from './api-key.enums.js';
import { ApiKey } from './api-key.entity.js';

@InputType({ description: 'Khóa API mới cho một đối tác' })
export class CreateApiKeyInput {
  @Field({ description: 'Tên gợi nhớ: đối tác và mục đích (tối đa 120 ký tự)' })
  name: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field(() => Int, { nullable: true, description: 'Số yêu cầu tối đa mỗi phút (mặc định 600)' })
  requestsPerMinute?: number | null;

  @Field(() => Date, { nullable: true, description: 'Hết hạn lúc (bỏ trống: không hết hạn)' })
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Khóa của xã: chỉ dùng cho một thôn/đơn vị (ví dụ máy tiếp nhận ở nhà văn hóa thôn); bỏ trống: cả xã',
  })
  unitId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Khóa cấp tỉnh: chỉ dùng cho các xã có mã này; bỏ trống: mọi xã của tỉnh',
  })
  communeCodes?: string[] | null;
}

@ObjectType({ description: 'Khóa API vừa tạo: khóa chỉ hiện một lần, hãy lưu lại ngay' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Khóa đầy đủ, gửi trong tiêu đề X-Api-Key (chỉ hiện một lần)' })
  key: string;
}
