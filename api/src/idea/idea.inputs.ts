import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../common/connection.js';
import { Channel, IdeaStatus, Maturity } from './idea.enums.js';
import { registerEnumType } from 'type-graphql';

@InputType({ description: 'Thông tin tác giả (người đề xuất)' })
export class AuthorInput {
  @Field({ description: 'Họ và tên' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Email (cần email hoặc số điện thoại)' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Số điện thoại' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ liên hệ' })
  address?: string | null;
}

@InputType({ description: 'Gửi một ý tưởng' })
export class SubmitIdeaInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Phong trào/đợt phát động; mặc định là phong trào đang diễn ra',
  })
  campaignId?: string | null;

  @Field({ description: 'Tên ý tưởng (10–200 ký tự)' })
  title: string;

  @Field({ description: 'Vấn đề, thực trạng cần giải quyết' })
  problem: string;

  @Field({ description: 'Nội dung giải pháp đề xuất' })
  solution: string;

  @Field({ description: 'Hiệu quả dự kiến' })
  benefit: string;

  @Field(() => String, { nullable: true, description: 'Điều kiện, nguồn lực cần để triển khai' })
  requirements?: string | null;

  @Field(() => [ID], { description: 'Lĩnh vực (ít nhất một)' })
  fieldIds: string[];

  @Field(() => Maturity, { defaultValue: Maturity.PRELIMINARY })
  maturity: Maturity;

  @Field(() => ID, { nullable: true, description: 'Thôn/đơn vị nơi gửi ý tưởng' })
  unitId?: string | null;

  @Field(() => AuthorInput)
  author: AuthorInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Khóa chống gửi trùng do ứng dụng tạo (tối đa 100 ký tự): gửi lại với cùng khóa trả về cùng giấy biên nhận',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Bộ lọc danh sách ý tưởng' })
export class IdeaWhereInput {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm kiếm không phân biệt dấu: "y tuong so" tìm được "ý tưởng số hóa"',
  })
  search?: string | null;

  @Field(() => [IdeaStatus], { nullable: true })
  status?: IdeaStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Thuộc một trong các lĩnh vực này' })
  fieldIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Chỉ ý tưởng đã (true) hoặc chưa (false) công khai',
  })
  published?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Tiếp nhận từ thời điểm này' })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Tiếp nhận trước thời điểm này' })
  receivedBefore?: Date | null;
}

export enum IdeaOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  UPDATED_AT = 'UPDATED_AT',
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(IdeaOrderField, {
  name: 'IdeaOrderField',
  valuesConfig: {
    RECEIVED_AT: { description: 'Thời điểm tiếp nhận' },
    UPDATED_AT: { description: 'Lần cập nhật gần nhất' },
    PUBLISHED_AT: { description: 'Thời điểm công khai (chỉ ý tưởng đã công khai)' },
  },
});

@InputType()
export class IdeaOrderByInput {
  @Field(() => IdeaOrderField, { defaultValue: IdeaOrderField.RECEIVED_AT })
  field: IdeaOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}
