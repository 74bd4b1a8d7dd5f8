import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';
import { MessageTemplateInput } from './message-template.inputs.js';
import {
  listMessageTemplates,
  previewMessageTemplate,
  resetMessageTemplate,
  updateMessageTemplate,
} from './message-template.service.js';
import { MessagePreview, MessageTemplateView } from './message-template.types.js';

@Resolver()
export class MessageTemplateResolver {
  @Query(() => [MessageTemplateView], {
    description: 'Mẫu thông báo email/SMS hiện hành của xã, mỗi loại và kênh (quản trị xã)',
  })
  messageTemplates(@Ctx() ctx: Context): Promise<MessageTemplateView[]> {
    return listMessageTemplates(ctx);
  }

  @Query(() => MessagePreview, {
    description: 'Xem trước một mẫu thông báo với giá trị mẫu (không lưu)',
  })
  previewMessageTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput,
  ): MessagePreview {
    return previewMessageTemplate(ctx, input);
  }

  @Mutation(() => MessageTemplateView, { description: 'Sửa mẫu thông báo của xã' })
  updateMessageTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput,
  ): Promise<MessageTemplateView> {
    return updateMessageTemplate(ctx, input);
  }

  @Mutation(() => MessageTemplateView, { description: 'Trở về mẫu thông báo mặc định' })
  resetMessageTemplate(
    @Ctx() ctx: Context,
    @Arg('kind', () => MessageKind) kind: MessageKind,
    @Arg('channel', () => DeliveryChannel) channel: DeliveryChannel,
  ): Promise<MessageTemplateView> {
    return resetMessageTemplate(ctx, kind, channel);
  }
}
