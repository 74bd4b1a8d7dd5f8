import {
  Arg,
  Ctx,
  Field,
  Float,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../context.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { BudgetEstimate, SpendingActivity, SpendingLine } from './funding.entity.js';
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
}
