import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'Giao hỗ trợ hoàn thiện: một chuyên gia (tài khoản) hoặc một đơn vị, mục tiêu và các việc',
})
export class SupportInput {
  @Field(() => ID, { nullable: true })
  expertId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field({ description: 'Mục tiêu hỗ trợ' })
  goal: string;

  @Field(() => [String], { defaultValue: [] })
  tasks: string[];
}
