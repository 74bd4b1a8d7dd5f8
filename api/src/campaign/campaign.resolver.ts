import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { IdeaField } from '../field/field.entity.js';
import * as campaigns from './campaign.service.js';
import { Campaign, CampaignPhase } from './campaign.entity.js';
import { CampaignStatus } from './campaign.enums.js';
import { CampaignInput, PhaseInput } from './campaign.inputs.js';

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

  @Query(() => Campaign, {
    nullable: true,
    description: 'Một phong trào theo id, kể cả đang chuẩn bị (quản trị, đầu mối)',
  })
  campaignById(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Campaign | null> {
    return campaigns.campaignById(ctx, id);
  }

  @Mutation(() => Campaign, { description: 'Thêm phong trào, đợt phát động (quản trị, đầu mối)' })
  createCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CampaignInput) input: CampaignInput,
  ): Promise<Campaign> {
    return campaigns.createCampaign(ctx, input);
  }

  @Mutation(() => Campaign, { description: 'Sửa phong trào, đợt phát động (quản trị, đầu mối)' })
  updateCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CampaignInput) input: CampaignInput,
  ): Promise<Campaign> {
    return campaigns.updateCampaign(ctx, id, input);
  }

  @Mutation(() => Campaign, {
    description:
      'Đặt lại các giai đoạn của phong trào (theo thứ tự danh sách): giai đoạn có id được sửa, không có id được thêm, giai đoạn vắng mặt bị xóa; mỗi giai đoạn nằm trong thời gian phong trào và không trùng nhau',
  })
  setCampaignPhases(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('phases', () => [PhaseInput]) phases: PhaseInput[],
  ): Promise<Campaign> {
    return campaigns.setCampaignPhases(ctx, campaignId, phases);
  }

  @Mutation(() => Campaign, {
    description:
      'Đặt giai đoạn hiện tại bằng tay (phaseId), hoặc để ngày hôm nay quyết định (phaseId rỗng)',
  })
  setCurrentPhase(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('phaseId', () => ID, { nullable: true }) phaseId: string | null,
  ): Promise<Campaign> {
    return campaigns.setCurrentPhase(ctx, campaignId, phaseId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Giai đoạn hiện tại được đặt bằng tay (không theo ngày)',
  })
  currentPhasePinned(@Root() campaign: Campaign): boolean {
    return Boolean(campaign.pinnedPhase);
  }

  @FieldResolver(() => [CampaignPhase])
  async phases(@Root() campaign: Campaign): Promise<CampaignPhase[]> {
    const items = await campaign.phases.load({ dataloader: true });
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => [IdeaField], {
    description: 'Lĩnh vực đang dùng trong phạm vi phong trào',
  })
  async fields(@Root() campaign: Campaign): Promise<IdeaField[]> {
    const items = await campaign.fields.load({ dataloader: true });
    // Retired fields are no longer offered (ideas keep theirs).
    return [...items].filter((f) => f.active).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => CampaignPhase, { nullable: true, description: 'Giai đoạn hiện tại' })
  currentPhase(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignPhase | null> {
    return campaigns.currentPhase(ctx, campaign);
  }
}
