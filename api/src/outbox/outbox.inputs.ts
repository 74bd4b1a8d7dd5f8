import { Field, ID, InputType } from 'type-graphql';
import { DeliveryChannel, DeliveryStatus } from './outbox.enums.js';

@InputType()
export class OutboxWhereInput {
  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;

  @Field(() => DeliveryChannel, { nullable: true })
  channel?: DeliveryChannel | null;

  @Field(() => ID, { nullable: true })
  ideaId?: string | null;
}
