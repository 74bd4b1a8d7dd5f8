import { Field, ID, InputType } from 'type-graphql';
import { BudgetLine, Indicator } from './pilot.entity.js';
import { PilotRecommendation, Programme } from './pilot.enums.js';

@InputType({ description: 'Thông tin thử nghiệm' })
export class PilotInput {
  @Field(() => ID, { description: 'Đơn vị chủ trì thử nghiệm' })
  hostUnitId: string;

  @Field()
  scope: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;

  @Field(() => [BudgetLine], { defaultValue: [] })
  budget: BudgetLine[];

  @Field(() => [Indicator], { defaultValue: [] })
  indicators: Indicator[];
}

@InputType({ description: 'Báo cáo kết quả thử nghiệm' })
export class PilotReportInput {
  @Field()
  results: string;

  @Field(() => PilotRecommendation)
  recommendation: PilotRecommendation;

  @Field(() => [Indicator], { defaultValue: [], description: 'Chỉ số với giá trị đạt được' })
  indicators: Indicator[];

  @Field(() => [Programme], {
    defaultValue: [],
    description: 'Lồng ghép chương trình khi ứng dụng',
  })
  programmes: Programme[];
}

@InputType({ description: 'Một đơn vị ứng dụng hoặc nhân rộng ý tưởng' })
export class AdoptionInput {
  @Field(() => ID)
  unitId: string;

  @Field({ description: 'YYYY-MM-DD' })
  adoptedOn: string;

  @Field()
  results: string;

  @Field(() => [Indicator], { defaultValue: [] })
  measurements: Indicator[];

  @Field(() => [Programme], { defaultValue: [] })
  programmes: Programme[];
}
