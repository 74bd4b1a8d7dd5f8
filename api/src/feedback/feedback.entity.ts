import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Dispute } from '../rights/rights.entity.js';
import { FeedbackChannel, FeedbackStage, FeedbackStatus } from './feedback.enums.js';

/**
 * Feedback or a complaint about how an idea was received, judged or used (§V.1): anyone files it,
 * the hub answers by a due date, or escalates it to a rights dispute. The complainant's contact is
 * personal data: only the hub reads it.
 */
@ObjectType({ description: 'Phản ánh, kiến nghị về việc tiếp nhận, đánh giá, sử dụng ý tưởng' })
@Entity({ tableName: 'handling_feedback' })
export class HandlingFeedback extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'set null' })
  idea?: Ref<Idea> | null;

  @Field(() => FeedbackStage)
  @Enum({ items: () => FeedbackStage })
  stage: FeedbackStage;

  @Field(() => FeedbackChannel)
  @Enum({ items: () => FeedbackChannel })
  channel: FeedbackChannel;

  @Field()
  @Property({ type: 'text' })
  body: string;

  @Property({ length: 200 })
  name: string;

  @Property({ length: 254 })
  contact: string;

  @Field(() => FeedbackStatus)
  @Enum({ items: () => FeedbackStatus, default: FeedbackStatus.RECEIVED })
  status: FeedbackStatus = FeedbackStatus.RECEIVED;

  @Field({ description: 'Hạn trả lời' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  answeredBy?: Ref<StaffUser> | null;

  @ManyToOne(() => Dispute, { ref: true, nullable: true, deleteRule: 'set null' })
  dispute?: Ref<Dispute> | null;
}
