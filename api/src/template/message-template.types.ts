import { Field, ObjectType } from 'type-graphql';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';

@ObjectType({ description: 'Một biến dùng được trong mẫu thông báo' })
export class TemplatePlaceholder {
  @Field({ description: 'Tên biến, viết trong mẫu là {{tên}}' })
  name: string;

  @Field()
  description: string;

  @Field({ description: 'Bắt buộc giữ trong mẫu (ví dụ liên kết của lời mời)' })
  required: boolean;

  @Field({ description: 'Giá trị mẫu dùng khi xem trước' })
  sample: string;
}

@ObjectType({ description: 'Mẫu thông báo hiện hành của xã cho một loại và một kênh' })
export class MessageTemplateView {
  @Field(() => MessageKind)
  kind: MessageKind;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field({ description: 'Tên loại thông báo' })
  label: string;

  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field()
  body: string;

  @Field({ description: 'Xã đã sửa mẫu (không còn là mẫu mặc định)' })
  customised: boolean;

  @Field(() => String, { nullable: true })
  defaultSubject: string | null;

  @Field()
  defaultBody: string;

  @Field(() => [TemplatePlaceholder])
  placeholders: TemplatePlaceholder[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Người sửa gần nhất' })
  updatedByName: string | null;
}

@ObjectType({ description: 'Thông báo xem trước với giá trị mẫu' })
export class MessagePreview {
  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field()
  body: string;
}
