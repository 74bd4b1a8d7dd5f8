import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Person } from '../person/person.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { AwardForm, AwardStatus, RecipientKind } from './award.enums.js';

/** Đề nghị khen thưởng, with its evidence; a revoked award keeps its whole record. */
@ObjectType({ description: 'Đề nghị khen thưởng' })
@Entity({ tableName: 'award' })
export class Award extends TenantOwned<'status'> {
  @Field(() => AwardForm)
  @Enum({ items: () => AwardForm })
  form: AwardForm;

  @Field(() => String, { nullable: true, description: 'Hình thức cụ thể khi đề nghị cấp trên' })
  @Property({ type: 'string', length: 300, nullable: true })
  higherLevelForm?: string | null;

  @Field(() => RecipientKind)
  @Enum({ items: () => RecipientKind })
  recipientKind: RecipientKind;

  @Field({ description: 'Tên cá nhân hoặc tập thể được đề nghị' })
  @Property({ length: 300 })
  recipientName: string;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  person?: Ref<Person> | null;

  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  @Field({ description: 'Thành tích' })
  @Property({ type: 'text' })
  achievement: string;

  @ManyToMany(() => Idea, undefined, {
    pivotTable: 'award_idea',
    joinColumn: 'award_id',
    inverseJoinColumn: 'idea_id',
  })
  ideas = new Collection<Idea>(this);

  /** Evidence beyond the ideas: pilot and adoption ids. */
  @Property({ type: 'json' })
  evidence: { pilotIds: string[]; adoptionIds: string[] };

  @Field(() => AwardStatus)
  @Enum({ items: () => AwardStatus, default: AwardStatus.PROPOSED })
  status: AwardStatus = AwardStatus.PROPOSED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  decisionDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Hệ số áp dụng tại ngày quyết định' })
  @Property({ type: 'double', nullable: true })
  coefficient?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mức lương cơ sở tại ngày quyết định (đồng)' })
  @Property({ type: 'integer', nullable: true })
  baseSalary?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Tiền thưởng = hệ số × lương cơ sở, làm tròn lên 10.000 đ',
  })
  @Property({ type: 'integer', nullable: true })
  prizeAmount?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokeReason?: string | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  proposedBy?: Ref<StaffUser> | null;
}

/** Coefficient of an award form, from a date on (dated settings, not constants). */
@ObjectType({ description: 'Hệ số tiền thưởng theo hình thức, có hiệu lực từ ngày' })
@Entity({ tableName: 'award_rate' })
@Unique({ properties: ['tenant', 'form', 'recipientKind', 'validFrom'] })
export class AwardRate extends TenantOwned {
  @Field(() => AwardForm)
  @Enum({ items: () => AwardForm })
  form: AwardForm;

  @Field(() => RecipientKind)
  @Enum({ items: () => RecipientKind })
  recipientKind: RecipientKind;

  @Field(() => Float)
  @Property({ type: 'double' })
  coefficient: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'Văn bản quy định' })
  @Property({ type: 'string', length: 300, nullable: true })
  legalBasis?: string | null;
}

@ObjectType({ description: 'Mức lương cơ sở, có hiệu lực từ ngày' })
@Entity({ tableName: 'base_salary' })
@Unique({ properties: ['tenant', 'validFrom'] })
@Index({ properties: ['tenant', 'validFrom'] })
export class BaseSalary extends TenantOwned {
  @Field(() => Float, { description: 'Đồng/tháng' })
  @Property({ type: 'integer' })
  amount: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  validFrom: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  legalBasis?: string | null;
}
