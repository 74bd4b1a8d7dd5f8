import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { CreatedWebhook, CreateWebhookInput } from './webhook.inputs.js';
import * as hooks from './webhook.service.js';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: 'Webhook của xã (chỉ Quản trị), mới nhất trước' })
  webhooks(@Ctx() ctx: Context): Promise<Webhook[]> {
    return hooks.listWebhooks(ctx);
  }

  @Query(() => [WebhookDelivery], { description: 'Nhật ký gửi của một webhook, mới nhất trước' })
  webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<WebhookDelivery[]> {
    return hooks.webhookDeliveries(ctx, webhookId, first);
  }

  @Mutation(() => CreatedWebhook, { description: 'Tạo webhook (chỉ Quản trị)' })
  createWebhook(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput,
  ): Promise<CreatedWebhook> {
    return hooks.createWebhook(ctx, input);
  }

  @Mutation(() => Webhook, { description: 'Bật hoặc tắt webhook (chỉ Quản trị)' })
  setWebhookActive(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
  ): Promise<Webhook> {
    return hooks.setWebhookActive(ctx, id, active);
  }

  @Mutation(() => WebhookDelivery, {
    description: 'Gửi lại sự kiện của một lần gửi (chỉ Quản trị)',
  })
  redeliverWebhook(
    @Ctx() ctx: Context,
    @Arg('deliveryId', () => ID) deliveryId: string,
  ): Promise<WebhookDelivery> {
    return hooks.redeliverWebhook(ctx, deliveryId);
  }
}
