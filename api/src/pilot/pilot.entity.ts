import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, InputType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import {
  AdoptionKind,
  FundingSource,
  PilotRecommendation,
  PilotStatus,
  Programme,
} from './pilot.enums.js';

@ObjectType({ description: 'Một dòng kinh phí' })
@InputType('BudgetLineInput')
export class BudgetLine {
  @Field()
  item: string;

  @Field(() => Float, { description: 'Số tiền (đồng)' })
  amount: number;

  @Field(() => FundingSource)
  source: FundingSource;
}

@ObjectType({ description: 'Chỉ số đo kết quả thử nghiệm' })
@InputType('IndicatorInput')
export class Indicator {
  @Field()
  name: string;

  @Field({ description: 'Đơn vị tính' })
  unit: string;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;

  @Field(() => Float, { nullable: true, description: 'Giá trị đạt được (khi báo cáo)' })
  actual?: number | null;
}

@ObjectType({ description: 'Báo cáo kết quả thử nghiệm do đơn vị chủ trì đề xuất' })
export class ProposedPilotReport {
  @Field()
  results: string;

  @Field(() => PilotRecommendation)
  recommendation: PilotRecommendation;

  @Field(() => [Indicator])
  indicators: Indicator[];

  @Field(() => [Programme])
  programmes: Programme[];

  @Field({ description: 'Người đề xuất báo cáo' })
  proposedBy: string;

  @Field()
  proposedAt: Date;
}

/** Thử nghiệm (§III.4): where, for how long, with what money, measured how. */
@ObjectType({ description: 'Thử nghiệm ý tưởng' })
@Entity({ tableName: 'pilot' })
export class Pilot extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  hostUnit: Ref<Unit>;

  @Field({ description: 'Phạm vi thử nghiệm' })
  @Property({ type: 'text' })
  scope: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  endsOn: string;

  @Field(() => PilotStatus)
  @Enum({ items: () => PilotStatus, default: PilotStatus.RUNNING })
  status: PilotStatus = PilotStatus.RUNNING;

  @Field(() => [BudgetLine])
  @Property({ type: 'json' })
  budget: BudgetLine[];

  @Field(() => [Indicator])
  @Property({ type: 'json' })
  indicators: Indicator[];

  @Field(() => String, { nullable: true, description: 'Kết quả thử nghiệm (báo cáo cuối)' })
  @Property({ type: 'text', nullable: true })
  results?: string | null;

  @Field(() => PilotRecommendation, { nullable: true })
  @Enum({ items: () => PilotRecommendation, nullable: true })
  recommendation?: PilotRecommendation | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reportedAt?: Date | null;

  /**
   * The final report the host unit proposes (§V.2: units report adoption results); the hub
   * approves it with `reportPilot`, which clears it.
   */
  @Field(() => ProposedPilotReport, {
    nullable: true,
    description: 'Báo cáo kết quả do đơn vị chủ trì đề xuất, chờ cơ quan đầu mối duyệt',
  })
  @Property({ type: 'json', nullable: true })
  proposedReport?: ProposedPilotReport | null;
}

@ObjectType({ description: 'Cập nhật tiến độ thử nghiệm' })
@Entity({ tableName: 'pilot_update' })
export class PilotUpdate extends TenantOwned {
  @Index()
  @ManyToOne(() => Pilot, { ref: true, deleteRule: 'cascade' })
  pilot: Ref<Pilot>;

  @Field()
  @Property({ type: 'text' })
  note: string;

  @Field(() => [Indicator], { description: 'Giá trị chỉ số tại thời điểm cập nhật (actual)' })
  @Property({ type: 'json' })
  values: Indicator[];

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<StaffUser> | null;
}

/** A unit that applies or scales the idea, with what it measured. */
@ObjectType({ description: 'Đơn vị ứng dụng hoặc nhân rộng ý tưởng' })
@Entity({ tableName: 'adoption' })
export class Adoption extends TenantOwned {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit: Ref<Unit>;

  @Field(() => AdoptionKind)
  @Enum({ items: () => AdoptionKind })
  kind: AdoptionKind;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  adoptedOn: string;

  @Field({ description: 'Kết quả đo được' })
  @Property({ type: 'text' })
  results: string;

  @Field(() => [Indicator])
  @Property({ type: 'json' })
  measurements: Indicator[];

  @Field(() => [Programme])
  @Property({ type: 'text[]' })
  programmes: Programme[];

  @ManyToOne(() => Pilot, { ref: true, nullable: true, deleteRule: 'set null' })
  pilot?: Ref<Pilot> | null;
}
