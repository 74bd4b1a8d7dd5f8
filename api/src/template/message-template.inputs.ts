import { Field, InputType } from 'type-graphql';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';

@InputType({ description: 'Nội dung mẫu thông báo của xã' })
export class MessageTemplateInput {
  @Field(() => MessageKind)
  kind: MessageKind;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field(() => String, { nullable: true, description: 'Tiêu đề (chỉ email)' })
  subject?: string | null;

  @Field({ description: 'Nội dung, dùng các biến {{tên}} được liệt kê' })
  body: string;
}
