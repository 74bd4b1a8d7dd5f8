import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConclusionRule, CouncilRole, VoteChoice } from './council.enums.js';
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
