import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { Unit } from '../unit/unit.entity.js';
import { Award } from '../award/award.entity.js';

/** What the movement's money is spent on (§VI). */
export enum SpendingActivity {
  PROPAGANDA = 'PROPAGANDA',
  COUNCIL = 'COUNCIL',
  SUPPORT = 'SUPPORT',
  PILOT = 'PILOT',
  AWARD = 'AWARD',
  OTHER = 'OTHER',
}
registerEnumType(SpendingActivity, {
  name: 'SpendingActivity',
  valuesConfig: {
    PROPAGANDA: { description: 'Tuyên truyền, phát động' },
    COUNCIL: { description: 'Hoạt động của Hội đồng tư vấn' },
    SUPPORT: { description: 'Tư vấn, hỗ trợ hoàn thiện ý tưởng' },
    PILOT: { description: 'Thử nghiệm, ứng dụng' },
    AWARD: { description: 'Khen thưởng' },
    OTHER: { description: 'Khác' },
  },
});

/** Which level's budget a state-budget line comes from (§VI: "ngân sách nhà nước theo phân cấp"). */
export enum BudgetLevel {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(BudgetLevel, {
  name: 'BudgetLevel',
  valuesConfig: {
    CENTRAL: { description: 'Ngân sách trung ương' },
    PROVINCE: { description: 'Ngân sách tỉnh' },
    COMMUNE: { description: 'Ngân sách xã' },
  },
});

/** An actual spending line: when, how much, from which source, for which activity, on what paper. */
@ObjectType({ description: 'Khoản chi thực tế của phong trào' })
@Entity({ tableName: 'spending_line' })
export class SpendingLine extends TenantOwned {
  @Field({ description: 'Ngày chi (YYYY-MM-DD)' })
  @Index()
  @Property({ type: 'date' })
  spentOn: string;

  @Field(() => Float, { description: 'Số tiền (đồng)' })
  @Property({ type: 'bigint' })
  amount: number;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource })
  source: FundingSource;

  @Field(() => BudgetLevel, {
    nullable: true,
    description: 'Cấp ngân sách (nguồn ngân sách nhà nước)',
  })
  @Enum({ items: () => BudgetLevel, nullable: true })
  budgetLevel?: BudgetLevel | null;

  @Field(() => SpendingActivity)
  @Enum({ items: () => SpendingActivity })
  activity: SpendingActivity;

  @Field()
  @Property({ length: 500 })
  description: string;

  /** The unit the money was spent for or by (a village's activity, a pilot it hosts). */
  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  /** An award paid: the award decision it carries out. */
  @ManyToOne(() => Award, { ref: true, nullable: true, deleteRule: 'set null' })
  award?: Ref<Award> | null;

  @Field(() => String, { nullable: true, description: 'Số chứng từ, quyết định' })
  @Property({ type: 'string', length: 60, nullable: true })
  documentNumber?: string | null;

  @ManyToOne(() => Attachment, { ref: true, nullable: true, deleteRule: 'set null' })
  file?: Ref<Attachment> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy?: Ref<StaffUser> | null;
}

/** The year's estimate for one activity and source (estimates versus actuals). */
@ObjectType({ description: 'Dự toán kinh phí của năm theo hoạt động và nguồn' })
@Entity({ tableName: 'budget_estimate' })
@Unique({ properties: ['tenant', 'year', 'activity', 'source'] })
export class BudgetEstimate extends TenantOwned {
  @Field(() => Int)
  @Property({ type: 'smallint' })
  year: number;

  @Field(() => SpendingActivity)
  @Enum({ items: () => SpendingActivity })
  activity: SpendingActivity;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource })
  source: FundingSource;

  @Field(() => Float)
  @Property({ type: 'bigint' })
  amount: number;
}
