import { Field, ObjectType } from 'type-graphql';
import { AwardForm, RecipientKind } from './award.enums.js';

@ObjectType({
  description:
    'Khen thưởng đã có quyết định gắn với ý tưởng, phần được công khai (không có tên cá nhân, tiền thưởng)',
})
export class PublicAward {
  @Field(() => AwardForm)
  form: AwardForm;

  @Field({ description: 'Tên hình thức khen thưởng' })
  formLabel: string;

  @Field(() => RecipientKind)
  recipientKind: RecipientKind;

  @Field({ description: 'Số quyết định' })
  decisionNumber: string;

  @Field({ description: 'Ngày quyết định (YYYY-MM-DD)' })
  decisionDate: string;
}
