import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { DeliveryChannel, DeliveryStatus } from './outbox.enums.js';

/** A notification to deliver, written in the same transaction as the decision it announces. */
@ObjectType({ description: 'Thông báo gửi tác giả qua email/SMS (hộp thư đi)' })
@Entity({ tableName: 'outbound_message' })
@Index({ properties: ['tenant', 'createdAt'] })
export class OutboundMessage extends TenantOwned<'status' | 'attempts' | 'purgeAfterDelivery'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'set null' })
  idea?: Ref<Idea> | null;

  @Field(() => DeliveryChannel)
  @Enum({ items: () => DeliveryChannel })
  channel: DeliveryChannel;

  @Field({ description: 'Địa chỉ email hoặc số điện thoại nhận' })
  @Property({ length: 254 })
  recipient: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true, type: 'string' })
  subject?: string | null;

  @Field()
  @Property({ type: 'text' })
  body: string;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Kênh thực tế đã gửi (smtp, sms, demo)' })
  @Property({ length: 40, nullable: true, type: 'string' })
  transport?: string | null;

  /** The last word to someone who asked to be erased: recipient and body go once it is delivered. */
  @Property({ default: false })
  purgeAfterDelivery: boolean = false;
}
