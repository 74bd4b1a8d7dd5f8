import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { Idea } from '../idea/idea.entity.js';
import {
  ConclusionRule,
  CouncilRole,
  ReviewConclusion,
  ReviewStatus,
  VoteChoice,
} from './council.enums.js';

/** Hội đồng tư vấn, established by a decision of the commune Chairman (§III.3). Councils only advise. */
@ObjectType({ description: 'Hội đồng tư vấn đánh giá ý tưởng' })
@Entity({ tableName: 'council' })
export class Council extends TenantOwned<'active' | 'scoreThreshold'> {
  @Field()
  @Property({ length: 300 })
  name: string;

  @Field({ description: 'Số quyết định thành lập, ví dụ 125/QĐ-UBND' })
  @Property({ length: 60 })
  decisionNumber: string;

  @Field({ description: 'Ngày quyết định (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  decisionDate: string;

  @Field({ description: 'Người ký quyết định' })
  @Property({ length: 200 })
  signer: string;

  @ManyToOne(() => Attachment, { ref: true, nullable: true, deleteRule: 'set null' })
  decisionDocument?: Ref<Attachment> | null;

  @Index()
  @ManyToOne(() => Campaign, { ref: true, nullable: true, deleteRule: 'set null' })
  campaign?: Ref<Campaign> | null;

  @ManyToMany(() => IdeaField, undefined, {
    pivotTable: 'council_field',
    joinColumn: 'council_id',
    inverseJoinColumn: 'field_id',
  })
  fields = new Collection<IdeaField>(this);

  @Field({ description: 'Nhiệm kỳ từ (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  termStart: string;

  @Field({ description: 'Nhiệm kỳ đến (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  termEnd: string;

  @Field(() => Int, { description: 'Số thành viên tối thiểu phải chấm để có kết quả' })
  @Property({ type: 'integer' })
  quorum: number;

  @Field(() => ConclusionRule)
  @Enum({ items: () => ConclusionRule })
  rule: ConclusionRule;

  @Field(() => Float, { description: 'Ngưỡng điểm (thang 100) để đề xuất thử nghiệm' })
  @Property({ type: 'double', default: 70 })
  scoreThreshold: number = 70;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @OneToMany(() => CouncilMember, (m) => m.council, { orderBy: { role: 'asc' } })
  members = new Collection<CouncilMember>(this);
}

@ObjectType({
  description: 'Thành viên Hội đồng (cán bộ hoặc chuyên gia bên ngoài có tài khoản riêng)',
})
@Entity({ tableName: 'council_member' })
@Unique({ properties: ['council', 'user'] })
export class CouncilMember extends TenantOwned<'external'> {
  @ManyToOne(() => Council, { ref: true, deleteRule: 'cascade' })
  council: Ref<Council>;

  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'restrict' })
  user: Ref<StaffUser>;

  @Field(() => CouncilRole)
  @Enum({ items: () => CouncilRole })
  role: CouncilRole;

  @Field({ description: 'Chức vụ, đơn vị công tác' })
  @Property({ length: 300 })
  title: string;

  @Field({ description: 'Chuyên gia bên ngoài' })
  @Property({ default: false })
  external: boolean = false;
}

/** One criterion of a campaign's rubric; the rubric freezes when the first idea is scored. */
@ObjectType({ description: 'Tiêu chí chấm điểm (§III.3)' })
@Entity({ tableName: 'rubric_criterion' })
@Unique({ properties: ['campaign', 'code'] })
export class RubricCriterion extends TenantOwned {
  @Index()
  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign: Ref<Campaign>;

  @Field()
  @Property({ length: 60 })
  code: string;

  @Field()
  @Property({ length: 300 })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Float, { description: 'Trọng số' })
  @Property({ type: 'double' })
  weight: number;

  @Field(() => Int, { description: 'Thang điểm tối đa (0 đến giá trị này)' })
  @Property({ type: 'integer' })
  scaleMax: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder: number;
}

/** An idea assigned to a council. */
@ObjectType({ description: 'Một lượt Hội đồng đánh giá ý tưởng' })
@Entity({ tableName: 'review' })
@Index({ properties: ['tenant', 'status'] })
export class Review extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Index()
  @ManyToOne(() => Council, { ref: true, deleteRule: 'restrict' })
  council: Ref<Council>;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  assignedAt: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => ReviewStatus)
  @Enum({ items: () => ReviewStatus, default: ReviewStatus.OPEN })
  status: ReviewStatus = ReviewStatus.OPEN;

  @Field(() => ReviewConclusion, { nullable: true })
  @Enum({ items: () => ReviewConclusion, nullable: true })
  conclusion?: ReviewConclusion | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reasons?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  concludedAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  concludedBy?: Ref<StaffUser> | null;

  /** The result as it stood when the chair concluded, kept for the minutes. */
  @Property({ type: 'json', nullable: true })
  resultSnapshot?: Record<string, unknown> | null;
}

/** A member's part in one review: conflict declaration, sheet submission, vote. */
@Entity({ tableName: 'review_participant' })
@Unique({ properties: ['review', 'member'] })
export class ReviewParticipant extends TenantOwned {
  @ManyToOne(() => Review, { ref: true, deleteRule: 'cascade' })
  review: Ref<Review>;

  @Index()
  @ManyToOne(() => CouncilMember, { ref: true, deleteRule: 'cascade' })
  member: Ref<CouncilMember>;

  /** null until declared; true = conflicted and recused. */
  @Property({ type: 'boolean', nullable: true })
  conflict?: boolean | null;

  @Property({ type: 'text', nullable: true })
  conflictNote?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  declaredAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Enum({ items: () => VoteChoice, nullable: true })
  vote?: VoteChoice | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  votedAt?: Date | null;
}

@Entity({ tableName: 'score' })
@Unique({ properties: ['review', 'member', 'criterion'] })
export class Score extends TenantOwned<'updatedAt'> {
  @Index()
  @ManyToOne(() => Review, { ref: true, deleteRule: 'cascade' })
  review: Ref<Review>;

  @ManyToOne(() => CouncilMember, { ref: true, deleteRule: 'cascade' })
  member: Ref<CouncilMember>;

  @ManyToOne(() => RubricCriterion, { ref: true, deleteRule: 'restrict' })
  criterion: Ref<RubricCriterion>;

  @Property({ type: 'double' })
  value: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
