import { Field, InputType, ObjectType } from 'type-graphql';
import { WebhookEvent } from './webhook.enums.js';
import { Webhook } from './webhook.entity.js';

@InputType({ description: 'Webhook mới' })
export class CreateWebhookInput {
  @Field({ description: 'Tên gợi nhớ (tối đa 120 ký tự)' })
  name: string;

  @Field({ description: 'Địa chỉ https:// nhận các yêu cầu POST' })
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];
}

@ObjectType({ description: 'Webhook vừa tạo: khóa ký chỉ hiện một lần' })
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field({ description: 'Khóa ký HMAC-SHA256 (chỉ hiện một lần)' })
  secret: string;
}
