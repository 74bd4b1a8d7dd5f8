import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ConclusionRule, CouncilRole, ReviewConclusion } from './council.enums.js';

@InputType()
export class CouncilMemberInput {
  @Field(() => ID, { description: 'Tài khoản cán bộ hoặc chuyên gia' })
  userId: string;

  @Field(() => CouncilRole)
  role: CouncilRole;

  @Field({ description: 'Chức vụ, đơn vị công tác' })
  title: string;

  @Field({ defaultValue: false })
  external: boolean;
}

@InputType({ description: 'Thành lập/cập nhật Hội đồng theo quyết định của Chủ tịch UBND xã' })
export class CouncilInput {
  @Field()
  name: string;

  @Field()
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  decisionDate: string;

  @Field()
  signer: string;

  @Field(() => ID, { nullable: true, description: 'Văn bản quyết định đã tải lên (loại DECISION)' })
  decisionDocumentId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  fieldIds: string[];

  @Field({ description: 'YYYY-MM-DD' })
  termStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  termEnd: string;

  @Field(() => Int)
  quorum: number;

  @Field(() => ConclusionRule)
  rule: ConclusionRule;

  @Field(() => Float, { defaultValue: 70 })
  scoreThreshold: number;

  @Field(() => [CouncilMemberInput])
  members: CouncilMemberInput[];
}

@InputType()
export class RubricCriterionInput {
  @Field({ nullable: true, description: 'Mã (tự sinh từ tên nếu bỏ trống)' })
  code?: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float)
  weight: number;

  @Field(() => Int, { defaultValue: 10 })
  scaleMax: number;
}

@InputType()
export class ScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType({ description: 'Kết luận của Chủ tịch Hội đồng' })
export class ConclusionInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ReviewConclusion)
  conclusion: ReviewConclusion;

  @Field({ description: 'Lý do, gửi tác giả' })
  reasons: string;
}
