import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Idea } from '../idea/idea.entity.js';
import { Award, AwardRate, BaseSalary } from './award.entity.js';
import { AwardStatus } from './award.enums.js';
import * as awards from './award.service.js';
import { AwardInput, AwardRateInput, BaseSalaryInput } from './award.inputs.js';
import { PublicAward } from './award.types.js';

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => [Award], { description: 'Đề nghị và quyết định khen thưởng (kể cả đã thu hồi)' })
  awards(
    @Ctx() ctx: Context,
    @Arg('status', () => AwardStatus, { nullable: true }) status: AwardStatus | null,
  ): Promise<Award[]> {
    return awards.listAwards(ctx, status);
  }

  @Mutation(() => Award)
  proposeAward(
    @Ctx() ctx: Context,
    @Arg('input', () => AwardInput) input: AwardInput,
  ): Promise<Award> {
    return awards.proposeAward(ctx, input);
  }

  @Mutation(() => Award, {
    description: 'Ghi quyết định khen thưởng; tiền thưởng tính theo thiết lập tại ngày quyết định',
  })
  decideAward(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('decisionNumber', () => String) decisionNumber: string,
    @Arg('decisionDate', () => String, { description: 'YYYY-MM-DD' }) decisionDate: string,
  ): Promise<Award> {
    return awards.decideAward(ctx, id, decisionNumber, decisionDate);
  }

  @Mutation(() => Award, { description: 'Thu hồi khen thưởng (giữ nguyên hồ sơ và minh chứng)' })
  revokeAward(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Award> {
    return awards.revokeAward(ctx, id, reason);
  }

  @Query(() => [AwardRate], { description: 'Hệ số tiền thưởng theo thời gian' })
  awardRates(@Ctx() ctx: Context): Promise<AwardRate[]> {
    return awards.listAwardRates(ctx);
  }

  @Query(() => [BaseSalary], { description: 'Mức lương cơ sở theo thời gian' })
  baseSalaries(@Ctx() ctx: Context): Promise<BaseSalary[]> {
    return awards.listBaseSalaries(ctx);
  }

  @Mutation(() => AwardRate)
  addAwardRate(
    @Ctx() ctx: Context,
    @Arg('input', () => AwardRateInput) input: AwardRateInput,
  ): Promise<AwardRate> {
    return awards.addAwardRate(ctx, input);
  }

  @Mutation(() => BaseSalary)
  addBaseSalary(
    @Ctx() ctx: Context,
    @Arg('input', () => BaseSalaryInput) input: BaseSalaryInput,
  ): Promise<BaseSalary> {
    return awards.addBaseSalary(ctx, input);
  }

  @Mutation(() => Idea, {
    description: 'Vinh danh (hoặc thôi vinh danh) ý tưởng trên trang công cộng',
  })
  honourIdea(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('honoured', () => Boolean) honoured: boolean,
    @Arg('citation', () => String, { nullable: true }) citation: string | null,
  ): Promise<Idea> {
    return awards.honourIdea(ctx, ideaId, citation, honoured);
  }

  @FieldResolver(() => [Idea], { description: 'Ý tưởng làm minh chứng' })
  async ideas(@Root() award: Award): Promise<Idea[]> {
    return [...(await award.ideas.load({ dataloader: true }))];
  }

  @FieldResolver(() => [ID])
  pilotIds(@Root() award: Award): string[] {
    return award.evidence.pilotIds;
  }

  @FieldResolver(() => [ID])
  adoptionIds(@Root() award: Award): string[] {
    return award.evidence.adoptionIds;
  }
}

/** What the public may know of an idea's awards: the decision, not who got how much. */
@Resolver(() => Idea)
export class IdeaAwardsResolver {
  @FieldResolver(() => [PublicAward], {
    description: 'Khen thưởng đã có quyết định (không gồm đề nghị, khen thưởng đã thu hồi)',
  })
  awards(@Root() idea: Idea, @Ctx() ctx: Context): Promise<PublicAward[]> {
    return awards.ideaPublicAwards(ctx, idea);
  }
}
