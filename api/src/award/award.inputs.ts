import { Field, Float, ID, InputType } from 'type-graphql';
import { AwardForm, RecipientKind } from './award.enums.js';

@InputType({ description: 'Đề nghị khen thưởng' })
export class AwardInput {
  @Field(() => AwardForm)
  form: AwardForm;

  @Field(() => String, { nullable: true })
  higherLevelForm?: string | null;

  @Field(() => RecipientKind)
  recipientKind: RecipientKind;

  @Field()
  recipientName: string;

  @Field(() => ID, { nullable: true, description: 'Tác giả (cá nhân)' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị (tập thể)' })
  unitId?: string | null;

  @Field()
  achievement: string;

  @Field(() => [ID], { defaultValue: [] })
  ideaIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  pilotIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  adoptionIds: string[];
}

@InputType()
export class AwardRateInput {
  @Field(() => AwardForm)
  form: AwardForm;

  @Field(() => RecipientKind)
  recipientKind: RecipientKind;

  @Field(() => Float)
  coefficient: number;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom: string;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;
}

@InputType()
export class BaseSalaryInput {
  @Field(() => Float)
  amount: number;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom: string;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;
}
