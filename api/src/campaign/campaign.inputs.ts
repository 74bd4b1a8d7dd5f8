import { Field, ID, InputType } from 'type-graphql';
import { CampaignStatus, PhaseKind } from './campaign.enums.js';

@InputType({ description: 'Thông tin phong trào, đợt phát động (thêm mới hoặc sửa)' })
export class CampaignInput {
  @Field({ description: 'Mã, duy nhất trong xã (chữ thường không dấu, số, gạch nối)' })
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ description: 'Ngày bắt đầu (YYYY-MM-DD)' })
  startsOn: string;

  @Field({ description: 'Ngày kết thúc (YYYY-MM-DD), không trước ngày bắt đầu' })
  endsOn: string;

  @Field(() => CampaignStatus, { defaultValue: CampaignStatus.DRAFT })
  status: CampaignStatus;
}

@InputType({
  description: 'Một giai đoạn của phong trào; thứ tự trong danh sách là thứ tự hiển thị',
})
export class PhaseInput {
  @Field(() => ID, { nullable: true, description: 'Giai đoạn đã có (bỏ trống để thêm mới)' })
  id?: string | null;

  @Field(() => PhaseKind)
  kind: PhaseKind;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Tên tiếng Anh; bỏ qua để giữ nguyên, để trống để xóa',
  })
  nameEn?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;
}
