import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from './audit.enums.js';

@InputType({ description: 'Bộ lọc nhật ký kiểm toán' })
export class AuditWhereInput {
  @Field(() => [AuditAction], { nullable: true })
  actions?: AuditAction[] | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  ideaId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
