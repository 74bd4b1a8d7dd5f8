import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { IdeaField } from '../field/field.entity.js';
import * as campaigns from './campaign.service.js';
import { Campaign, CampaignPhase } from './campaign.entity.js';
import { CampaignStatus } from './campaign.enums.js';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'Các phong trào, đợt phát động (mới nhất trước)' })
  campaigns(
    @Ctx() ctx: Context,
    @Arg('status', () => CampaignStatus, { nullable: true }) status: CampaignStatus | null,
  ): Promise<Campaign[]> {
    return campaigns.listCampaigns(ctx, status);
  }

  @Query(() => Campaign, {
    nullable: true,
    description: 'Một phong trào theo mã; khách không thấy phong trào đang chuẩn bị (DRAFT)',
  })
  campaign(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<Campaign | null> {
    return campaigns.campaignByCode(ctx, code);
  }

  @Query(() => Campaign, { nullable: true, description: 'Phong trào đang nhận ý tưởng' })
  currentCampaign(@Ctx() ctx: Context): Promise<Campaign | null> {
    return campaigns.activeCampaign(ctx);
  }

  @FieldResolver(() => [CampaignPhase])
  async phases(@Root() campaign: Campaign): Promise<CampaignPhase[]> {
    const items = await campaign.phases.load({ dataloader: true });
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => [IdeaField], { description: 'Lĩnh vực trong phạm vi phong trào' })
  async fields(@Root() campaign: Campaign): Promise<IdeaField[]> {
    const items = await campaign.fields.load({ dataloader: true });
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => CampaignPhase, { nullable: true, description: 'Giai đoạn hiện tại' })
  currentPhase(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignPhase | null> {
    return campaigns.currentPhase(ctx, campaign);
  }
}
