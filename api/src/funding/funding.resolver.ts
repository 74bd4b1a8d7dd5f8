import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { AwardForm } from '../award/award.enums.js';
import { Unit } from '../unit/unit.entity.js';
import { BudgetEstimate, BudgetLevel, SpendingActivity, SpendingLine } from './funding.entity.js';
import * as funding from './funding.service.js';

@InputType({ description: 'Một khoản chi thực tế' })
export class SpendingInput {
  @Field({ description: 'YYYY-MM-DD' })
  spentOn: string;

  @Field(() => Float, { description: 'Số tiền (đồng)' })
  amount: number;

  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => SpendingActivity)
  activity: SpendingActivity;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => BudgetLevel, {
    nullable: true,
    description: 'Cấp ngân sách (nguồn ngân sách nhà nước)',
  })
  budgetLevel?: BudgetLevel | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị chi hoặc được chi cho' })
  unitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Quyết định khen thưởng được chi (hoạt động Khen thưởng)',
  })
  awardId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chứng từ (tải lên /uploads?kind=SPENDING_DOCUMENT)',
  })
  fileId?: string | null;
}

@ObjectType({
  description: 'Khoản chi thưởng theo quyết định khen thưởng (công khai, không có tên)',
})
export class AwardPayment {
  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  decisionDate: string | null;

  @Field({ description: 'Ngày chi (YYYY-MM-DD)' })
  paidOn: string;

  @Field(() => Float)
  amount: number;

  @Field(() => AwardForm)
  form: AwardForm;
}

@ObjectType({ description: 'Chi từ ngân sách nhà nước theo cấp ngân sách' })
export class LevelSpending {
  @Field(() => BudgetLevel, { nullable: true, description: 'null: chưa ghi cấp' })
  level: BudgetLevel | null;

  @Field(() => Float)
  amount: number;
}

@ObjectType({ description: 'Tổng dự toán và thực chi (null: mọi hoạt động / mọi nguồn)' })
export class SpendingTotal {
  @Field(() => SpendingActivity, { nullable: true })
  activity: SpendingActivity | null;

  @Field(() => FundingSource, { nullable: true })
  source: FundingSource | null;

  @Field(() => Float)
  estimate: number;

  @Field(() => Float)
  actual: number;
}

@Resolver()
export class FundingResolver {
  @Mutation(() => SpendingLine, { description: 'Ghi một khoản chi (cơ quan đầu mối)' })
  recordSpending(@Ctx() ctx: Context, @Arg('input', () => SpendingInput) input: SpendingInput) {
    return funding.recordSpending(ctx, input);
  }

  @Mutation(() => BudgetEstimate, { description: 'Lập dự toán năm theo hoạt động và nguồn' })
  setBudgetEstimate(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('activity', () => SpendingActivity) activity: SpendingActivity,
    @Arg('source', () => FundingSource) source: FundingSource,
    @Arg('amount', () => Float) amount: number,
  ) {
    return funding.setEstimate(ctx, { year, activity, source, amount });
  }

  @Query(() => [SpendingTotal], {
    description: 'Dự toán và thực chi theo hoạt động, nguồn và tổng (công khai: chỉ số tiền)',
  })
  spendingTotals(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'Từ ngày (YYYY-MM-DD)' }) from: string,
    @Arg('to', () => String, { description: 'Đến ngày (YYYY-MM-DD)' }) to: string,
  ) {
    return funding.spendingTotals(ctx, { from, to });
  }

  @Query(() => [LevelSpending], {
    description: 'Chi từ ngân sách nhà nước theo cấp ngân sách (công khai)',
  })
  spendingByLevel(
    @Ctx() ctx: Context,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return funding.spendingByLevel(ctx, { from, to });
  }

  @Query(() => [AwardPayment], {
    description: 'Các khoản chi thưởng và quyết định khen thưởng tương ứng (công khai)',
  })
  awardPayments(
    @Ctx() ctx: Context,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return funding.awardPayments(ctx, { from, to });
  }

  @Query(() => [SpendingLine], { description: 'Sổ chi của phong trào (cơ quan đầu mối)' })
  spendingLines(
    @Ctx() ctx: Context,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return funding.listSpending(ctx, { from, to });
  }

  @Mutation(() => Boolean, { description: 'Xóa một khoản chi ghi nhầm (cơ quan đầu mối)' })
  removeSpendingLine(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return funding.removeSpending(ctx, id);
  }
}

@Resolver(() => SpendingLine)
export class SpendingLineResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() line: SpendingLine) {
    return line.unit?.getEntity() ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Số quyết định khen thưởng được chi',
  })
  awardDecision(@Root() line: SpendingLine) {
    return line.award?.getEntity().decisionNumber ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Chứng từ kèm theo' })
  fileId(@Root() line: SpendingLine) {
    return line.file?.id ?? null;
  }
}
