import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConclusionRule, CouncilRole, VoteChoice } from './council.enums.js';
import { IdeaField } from '../field/field.entity.js';
import { RubricCriterion } from './council.entity.js';

@ObjectType({ description: 'Một điểm theo tiêu chí' })
export class ScoreView {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: 'Phiếu chấm của một thành viên' })
export class SheetView {
  @Field(() => ID)
  memberId: string;

  @Field()
  memberName: string;

  @Field(() => CouncilRole)
  role: CouncilRole;

  @Field(() => Boolean, {
    nullable: true,
    description: 'null: chưa kê khai; true: có xung đột, không tham gia',
  })
  conflict: boolean | null;

  @Field(() => String, { nullable: true })
  conflictNote: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => VoteChoice, {
    nullable: true,
    description: 'Chỉ hiện khi người xem được xem phiếu của người khác',
  })
  vote: VoteChoice | null;

  @Field(() => [ScoreView], {
    nullable: true,
    description:
      'Điểm: luôn thấy phiếu của mình; phiếu người khác chỉ thấy sau khi đã nộp phiếu của mình',
  })
  scores: ScoreView[] | null;

  @Field({ description: 'Phiếu của người xem' })
  mine: boolean;
}

@ObjectType()
export class CriterionResultView {
  @Field(() => RubricCriterion)
  criterion: RubricCriterion;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Độ lệch chuẩn: mức bất đồng giữa các thành viên',
  })
  stddev: number | null;
}

@ObjectType({
  description: 'Kết quả đánh giá (điểm bình quân có trọng số, độ phân tán, biểu quyết)',
})
export class ReviewResultView {
  @Field(() => Int)
  members: number;

  @Field(() => Int)
  recused: number;

  @Field(() => Int)
  undeclared: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  quorum: number;

  @Field()
  quorumReached: boolean;

  @Field(() => [CriterionResultView])
  criteria: CriterionResultView[];

  @Field(() => Float, { nullable: true, description: 'Điểm bình quân có trọng số, thang 100' })
  score: number | null;

  @Field(() => Int)
  votesFor: number;

  @Field(() => Int)
  votesAgainst: number;

  @Field(() => Int)
  abstentions: number;

  @Field()
  votePasses: boolean;

  @Field(() => Float)
  threshold: number;

  @Field(() => ConclusionRule)
  rule: ConclusionRule;

  @Field({ description: 'Đạt quy chế để đề xuất thử nghiệm' })
  meetsRule: boolean;
}

@ObjectType({ description: 'Tiến độ chấm điểm (sự kiện trực tiếp)' })
export class ReviewProgress {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ID)
  ideaId: string;

  @Field()
  type: string;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  eligible: number;

  @Field()
  at: Date;
}

@ObjectType({ description: 'Vai trò của người xem trong một lượt đánh giá' })
export class MyReviewRole {
  @Field(() => CouncilRole, { nullable: true })
  role: CouncilRole | null;

  @Field(() => Boolean, { nullable: true })
  conflict: boolean | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => VoteChoice, { nullable: true })
  vote: VoteChoice | null;
}

@ObjectType({ description: 'Thành viên Hội đồng tư vấn, như trong quyết định thành lập' })
export class PublicCouncilMember {
  @Field({ description: 'Họ và tên' })
  fullName: string;

  @Field(() => CouncilRole)
  role: CouncilRole;

  @Field({ description: 'Vai trò trong Hội đồng' })
  roleLabel: string;

  @Field({ description: 'Chức vụ, đơn vị công tác' })
  title: string;

  @Field({ description: 'Chuyên gia bên ngoài' })
  external: boolean;
}

@ObjectType({
  description:
    'Hội đồng tư vấn, phần công khai: quyết định thành lập, nhiệm kỳ, phạm vi và thành phần (không có thông tin liên hệ, phiếu chấm)',
})
export class PublicCouncil {
  @Field()
  name: string;

  @Field({ description: 'Số quyết định thành lập' })
  decisionNumber: string;

  @Field({ description: 'Ngày quyết định (YYYY-MM-DD)' })
  decisionDate: string;

  @Field({ description: 'Người ký quyết định' })
  signer: string;

  @Field({ description: 'Nhiệm kỳ từ (YYYY-MM-DD)' })
  termStart: string;

  @Field({ description: 'Nhiệm kỳ đến (YYYY-MM-DD)' })
  termEnd: string;

  @Field(() => Int, { description: 'Số thành viên tối thiểu phải chấm để có kết quả' })
  quorum: number;

  @Field(() => ConclusionRule)
  rule: ConclusionRule;

  @Field(() => [IdeaField], { description: 'Lĩnh vực phụ trách (rỗng: mọi lĩnh vực)' })
  fields: IdeaField[];

  @Field(() => [PublicCouncilMember])
  members: PublicCouncilMember[];
}
