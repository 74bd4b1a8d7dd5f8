import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.js';
import { assertAllowed, mayManageAwards } from '../common/access.js';
import { Idea } from '../idea/idea.entity.js';
import {
  Award,
  AWARD_FORM_LABEL,
  AwardForm,
  AwardRate,
  AwardStatus,
  BaseSalary,
  RecipientKind,
} from './award.entity.js';
import * as awards from './award.service.js';
import { awardLoaders } from './award.loaders.js';

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

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => [Award], { description: 'Đề nghị và quyết định khen thưởng (kể cả đã thu hồi)' })
  awards(
    @Ctx() ctx: Context,
    @Arg('status', () => AwardStatus, { nullable: true }) status: AwardStatus | null,
  ): Promise<Award[]> {
    assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
    return ctx.em.find(
      Award,
      { tenant: ctx.tenant.id, ...(status ? { status } : {}) },
      { orderBy: { createdAt: 'desc' } },
    );
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
    assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
    return ctx.em.find(
      AwardRate,
      { tenant: ctx.tenant.id },
      { orderBy: { form: 'asc', recipientKind: 'asc', validFrom: 'desc' } },
    );
  }

  @Query(() => [BaseSalary], { description: 'Mức lương cơ sở theo thời gian' })
  baseSalaries(@Ctx() ctx: Context): Promise<BaseSalary[]> {
    assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
    return ctx.em.find(BaseSalary, { tenant: ctx.tenant.id }, { orderBy: { validFrom: 'desc' } });
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
  async awards(@Root() idea: Idea, @Ctx() ctx: Context): Promise<PublicAward[]> {
    const rows = await awardLoaders(ctx).decidedAwardsByIdea.load(idea.id);
    return rows.map((a) => ({
      form: a.form,
      formLabel:
        a.form === AwardForm.HIGHER_LEVEL && a.higherLevelForm
          ? a.higherLevelForm
          : AWARD_FORM_LABEL[a.form],
      recipientKind: a.recipientKind,
      decisionNumber: a.decisionNumber ?? '',
      decisionDate: a.decisionDate ?? '',
    }));
  }
}
