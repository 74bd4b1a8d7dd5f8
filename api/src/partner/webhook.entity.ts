import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { WebhookDeliveryStatus, WebhookEvent } from './webhook.enums.js';

/**
 * A partner's endpoint told of the commune's events, each POST signed with HMAC-SHA256 of the
 * secret (shown once, when the webhook is created; kept to sign).
 */
@ObjectType({ description: 'Địa chỉ nhận sự kiện (webhook) của một đối tác' })
@Entity({ tableName: 'webhook' })
@Index({ properties: ['tenant'] })
export class Webhook extends TenantOwned<'active'> {
  @Field()
  @Property({ length: 120 })
  name: string;

  @Field({ description: 'Địa chỉ HTTPS nhận các yêu cầu POST' })
  @Property({ length: 2000 })
  url: string;

  @Field(() => [WebhookEvent])
  @Enum({ items: () => WebhookEvent, array: true })
  events: WebhookEvent[];

  @Property({ length: 100, hidden: true })
  secret: string;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field()
  @Property({ length: 200 })
  createdByName: string;
}

/** One event sent (or being sent) to one webhook: the delivery log. */
@ObjectType({ description: 'Một lần gửi sự kiện tới webhook (nhật ký gửi)' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['webhook', 'createdAt'] })
export class WebhookDelivery extends TenantOwned<'status' | 'attempts'> {
  @ManyToOne(() => Webhook, { ref: true, deleteRule: 'cascade' })
  webhook: Ref<Webhook>;

  @Field(() => WebhookEvent)
  @Enum({ items: () => WebhookEvent })
  event: WebhookEvent;

  @Field(() => GraphQLJSONObject, { description: 'Nội dung đã gửi (phần data)' })
  @Property({ type: 'json' })
  payload: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: 'Mã HTTP địa chỉ nhận trả lời lần gần nhất' })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}
