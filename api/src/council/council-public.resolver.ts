import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { PublicCouncil } from './council.types.js';
import { publicCouncils } from './council.service.js';

/** The councils of a campaign as the public sees them (see `publicCouncils`). */
@Resolver(() => Campaign)
export class CampaignCouncilsResolver {
  @FieldResolver(() => [PublicCouncil], {
    description: 'Hội đồng tư vấn đang hoạt động của phong trào (công khai)',
  })
  councils(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<PublicCouncil[]> {
    return publicCouncils(ctx, campaign.id);
  }
}
