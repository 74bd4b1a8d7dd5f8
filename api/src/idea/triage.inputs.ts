import { SupportInput } from '../support/support.inputs.js';
import { AdoptionInput, PilotInput } from '../pilot/pilot.inputs.js';
import { Field, ID, InputType } from 'type-graphql';
import {
  Applicability,
  Feasibility,
  IdeaRoute,
  IdeaStatus,
  Maturity,
  MissingInfo,
} from './idea.enums.js';

@InputType({
  description:
    'Phân loại ý tưởng (§III.2): lĩnh vực, mức độ hoàn thiện, tính khả thi, khả năng ứng dụng, hướng xử lý',
})
export class ClassificationInput {
  @Field(() => [ID])
  fieldIds: string[];

  @Field(() => Maturity)
  maturity: Maturity;

  @Field(() => Feasibility)
  feasibility: Feasibility;

  @Field(() => Applicability)
  applicability: Applicability;

  @Field(() => IdeaRoute)
  route: IdeaRoute;
}

@InputType({ description: 'Một quyết định xử lý: chuyển ý tưởng sang trạng thái mới' })
export class TransitionIdeaInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaStatus)
  to: IdeaStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Nội dung gửi tác giả (bắt buộc khi từ chối; kèm theo mọi quyết định khác)',
  })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú nội bộ, tác giả không thấy' })
  internalNote?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hướng dẫn nơi gửi thay thế (bắt buộc với OUT_OF_SCOPE và NOT_ELIGIBLE)',
  })
  guidance?: string | null;

  @Field(() => [MissingInfo], { nullable: true, description: 'Nội dung cần bổ sung (NEEDS_INFO)' })
  missing?: MissingInfo[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Ý tưởng tiếp nhận trước mà ý tưởng này trùng (DUPLICATE)',
  })
  duplicateOfId?: string | null;

  @Field(() => ClassificationInput, {
    nullable: true,
    description: 'Bắt buộc khi chấp nhận (ACCEPTED)',
  })
  classification?: ClassificationInput | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Thời hạn của bước tiếp theo (mặc định theo loại bước)',
  })
  dueAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Hội đồng đánh giá (UNDER_REVIEW); bỏ trống khi chỉ có một Hội đồng phù hợp',
  })
  councilId?: string | null;

  @Field(() => SupportInput, { nullable: true, description: 'Hỗ trợ hoàn thiện (IN_SUPPORT)' })
  support?: SupportInput | null;

  @Field(() => PilotInput, {
    nullable: true,
    description: 'Bắt buộc khi bắt đầu thử nghiệm (PILOTING)',
  })
  pilot?: PilotInput | null;

  @Field(() => AdoptionInput, {
    nullable: true,
    description: 'Bắt buộc khi ứng dụng (APPLIED) hoặc nhân rộng (SCALED)',
  })
  adoption?: AdoptionInput | null;
}

@InputType({ description: 'Quyết định áp dụng cho nhiều ý tưởng' })
export class BulkTransitionInput {
  @Field(() => [ID])
  ideaIds: string[];

  @Field(() => IdeaStatus)
  to: IdeaStatus;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true })
  internalNote?: string | null;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Hội đồng (khi chuyển Hội đồng đánh giá)' })
  councilId?: string | null;
}

@InputType({ description: 'Tác giả bổ sung thông tin: các phần muốn sửa và lời nhắn' })
export class SupplementInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  solution?: string | null;

  @Field(() => String, { nullable: true })
  benefit?: string | null;

  @Field(() => String, { nullable: true })
  requirements?: string | null;

  @Field({ description: 'Lời nhắn kèm phần bổ sung' })
  note: string;

  @Field(() => [ID], { defaultValue: [] })
  attachmentIds: string[];
}
