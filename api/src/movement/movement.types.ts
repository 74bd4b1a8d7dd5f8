import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Unit } from '../unit/unit.entity.js';
import { Programme } from '../pilot/pilot.enums.js';
import { Criterion, KpiDimension, TargetMetric } from './movement.enums.js';
import { TargetSource } from './target.service.js';
import { UnitPlan } from './movement.entity.js';

registerEnumType(TargetSource, {
  name: 'TargetSource',
  description: 'Chỉ tiêu áp dụng cho đơn vị lấy từ đâu',
  valuesConfig: {
    UNIT: { description: 'Chỉ tiêu riêng của đơn vị' },
    KIND_AND_AREA: { description: 'Mặc định theo loại đơn vị và loại địa bàn' },
    KIND: { description: 'Mặc định theo loại đơn vị' },
    AREA: { description: 'Mặc định theo loại địa bàn' },
    COMMUNE: { description: 'Mặc định chung của xã' },
  },
});

/** The figures, by their GraphQL names (values are the engine's names). */
export enum FigureMetric {
  RECEIVED = 'received',
  ELIGIBLE = 'eligible',
  ANSWERED = 'answered',
  ACCEPTED = 'accepted',
  SUPPORTED = 'supported',
  PILOTS = 'pilots',
  APPLICATIONS = 'applications',
  APPLIED_ELSEWHERE = 'appliedElsewhere',
  SCALINGS = 'scalings',
  HONOURS = 'honours',
  PARTICIPANTS = 'participants',
  PARTICIPANT_GROUPS = 'participantGroups',
  ACTIVITIES = 'activities',
  AUDIENCE = 'audience',
  PROGRAMME_TAGS = 'programmeTags',
}
registerEnumType(FigureMetric, {
  name: 'FigureMetric',
  description: 'Một số liệu của phong trào',
  valuesConfig: {
    RECEIVED: { description: 'Ý tưởng tiếp nhận' },
    ELIGIBLE: { description: 'Ý tưởng cần phản hồi' },
    ANSWERED: { description: 'Ý tưởng đã phản hồi' },
    ACCEPTED: { description: 'Đưa ra Hội đồng' },
    SUPPORTED: { description: 'Được hỗ trợ hoàn thiện' },
    PILOTS: { description: 'Thử nghiệm chủ trì' },
    APPLICATIONS: { description: 'Lượt ứng dụng tại đơn vị' },
    APPLIED_ELSEWHERE: { description: 'Đơn vị khác ứng dụng' },
    SCALINGS: { description: 'Lượt nhân rộng' },
    HONOURS: { description: 'Được vinh danh' },
    PARTICIPANTS: { description: 'Người đề xuất' },
    PARTICIPANT_GROUPS: { description: 'Nhóm đối tượng tham gia' },
    ACTIVITIES: { description: 'Hoạt động phong trào' },
    AUDIENCE: { description: 'Lượt tham dự hoạt động' },
    PROGRAMME_TAGS: { description: 'Lượt gắn chương trình' },
  },
});

@ObjectType({ description: 'Kỳ tính' })
export class PeriodView {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true })
  phaseId: string | null;

  @Field({ description: 'Ngày đầu (YYYY-MM-DD)' })
  fromDay: string;

  @Field({ description: 'Ngày sau ngày cuối (YYYY-MM-DD)' })
  toDay: string;
}

@ObjectType()
export class ProgrammeCount {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Số liệu phong trào của một nhóm trong kỳ' })
export class Figures {
  @Field(() => Int) received: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) answered: number;
  @Field(() => Float, { nullable: true, description: 'answered / eligible (0–1)' })
  responseRate: number | null;
  @Field(() => Int) accepted: number;
  @Field(() => Int) supported: number;
  @Field(() => Int) pilots: number;
  @Field(() => Int) applications: number;
  @Field(() => Int) appliedElsewhere: number;
  @Field(() => Int) scalings: number;
  @Field(() => Int) honours: number;
  @Field(() => Int) participants: number;
  @Field(() => Int) participantGroups: number;
  @Field(() => Int) activities: number;
  @Field(() => Int) audience: number;
  @Field(() => Int) programmeTags: number;
  @Field(() => [ProgrammeCount]) byProgramme: ProgrammeCount[];
}

@ObjectType({ description: 'Tiến độ một chỉ tiêu' })
export class ProgressItemView {
  @Field(() => TargetMetric)
  metric: TargetMetric;

  @Field(() => Float, { nullable: true, description: 'Chỉ tiêu (null: chưa giao)' })
  target: number | null;

  @Field(() => TargetSource, { nullable: true })
  source: TargetSource | null;

  @Field(() => Float, { nullable: true, description: 'Đạt được (tỷ lệ phản hồi tính bằng %)' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: 'Đạt được ÷ chỉ tiêu (1 = hoàn thành)' })
  share: number | null;
}

@ObjectType()
export class UnitProgressView {
  @Field(() => Unit)
  unit: Unit;

  @Field(() => [ProgressItemView])
  items: ProgressItemView[];
}

@ObjectType()
export class TargetProgress {
  @Field(() => PeriodView)
  period: PeriodView;

  @Field(() => [UnitProgressView])
  units: UnitProgressView[];
}

@ObjectType({ description: 'Chỉ tiêu chung của xã theo lĩnh vực hoặc nhóm đối tượng' })
export class BreakdownProgressView {
  @Field(() => KpiDimension)
  dimension: KpiDimension;

  @Field(() => ID)
  key: string;

  @Field()
  label: string;

  @Field(() => ProgressItemView)
  item: ProgressItemView;
}

@ObjectType()
export class TargetValue {
  @Field(() => TargetMetric)
  metric: TargetMetric;

  @Field(() => Float)
  value: number;
}

@ObjectType({ description: 'Một dòng của bảng số liệu' })
export class KpiRow {
  @Field({
    description:
      'Mã nhóm (đơn vị, loại địa bàn, lĩnh vực, nhóm đối tượng, YYYY-MM); rỗng: không xác định',
  })
  key: string;

  @Field()
  label: string;

  @Field(() => Figures)
  figures: Figures;

  @Field(() => [TargetValue], { description: 'Chỉ tiêu của nhóm (khi có)' })
  targets: TargetValue[];
}

@ObjectType({ description: 'Bảng số liệu phong trào theo một chiều' })
export class KpiTable {
  @Field(() => PeriodView)
  period: PeriodView;

  @Field(() => KpiDimension)
  by: KpiDimension;

  @Field(() => [KpiRow])
  rows: KpiRow[];

  @Field(() => Figures, { description: 'Cả xã' })
  total: Figures;

  @Field(() => [TargetValue], { description: 'Chỉ tiêu của cả xã (tổng chỉ tiêu các đơn vị)' })
  totalTargets: TargetValue[];
}

@ObjectType()
export class CriterionWeight {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Float)
  weight: number;
}

@ObjectType()
export class CriterionFormula {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field({ description: 'Công thức tính giá trị của tiêu chí' })
  formula: string;
}

@ObjectType()
export class ScoreCellView {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Float, { description: 'Giá trị theo công thức' })
  raw: number;

  @Field(() => Float, { description: 'Điểm 0–100' })
  score: number;
}

@ObjectType()
export class ScoreRowView {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field()
  unitKind: string;

  @Field()
  areaType: string;

  @Field(() => Float)
  total: number;

  @Field(() => [ScoreCellView])
  cells: ScoreCellView[];

  @Field(() => Figures)
  figures: Figures;
}

@ObjectType({ description: 'Ý tưởng đứng sau một số liệu' })
export class FigureIdea {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  trackingCode: string;

  @Field()
  status: string;
}

@ObjectType({ description: 'Bảng điểm thi đua (§III.5, §IV.3)' })
export class ScoreboardView {
  @Field()
  periodKey: string;

  @Field()
  periodLabel: string;

  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true })
  phaseId: string | null;

  @Field(() => [CriterionWeight])
  weights: CriterionWeight[];

  @Field(() => [CriterionFormula])
  formulas: CriterionFormula[];

  @Field({ description: 'Cách tính điểm và tổng điểm' })
  rule: string;

  @Field(() => [ScoreRowView])
  rows: ScoreRowView[];

  @Field(() => Int, { description: 'Số đơn vị được xếp hạng' })
  unitCount: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Thời điểm chốt (null: đang tính theo dữ liệu hiện tại)',
  })
  frozenAt: Date | null;

  @Field(() => String, { nullable: true })
  frozenByName: string | null;
}

@ObjectType()
export class PlanGap {
  @Field(() => Unit)
  unit: Unit;

  @Field(() => UnitPlan, { nullable: true })
  plan: UnitPlan | null;

  @Field()
  lacksPlan: boolean;

  @Field()
  lacksPoint: boolean;
}

@ObjectType({
  description: 'Tỷ lệ đơn vị có kế hoạch đã ban hành và đầu mối tiếp nhận hoạt động (§IV.1)',
})
export class PlanCoverageView {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  units: number;

  @Field(() => Int)
  withIssuedPlan: number;

  @Field(() => Int)
  withWorkingPoint: number;

  @Field(() => Float, { nullable: true })
  planShare: number | null;

  @Field(() => Float, { nullable: true })
  pointShare: number | null;

  @Field(() => [PlanGap], { description: 'Đơn vị còn thiếu kế hoạch hoặc đầu mối' })
  missing: PlanGap[];
}
