import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { isStaff } from '../common/access.js';
import { localDay } from '../common/vietnam-time.js';
import { Campaign, CampaignPhase } from './campaign.entity.js';
import { CampaignStatus } from './campaign.enums.js';

/** The campaign taking ideas now (the newest active one). */
export async function currentCampaign(
  em: EntityManager,
  tenantId: string,
): Promise<Campaign | null> {
  return em.findOne(
    Campaign,
    { tenant: tenantId, status: CampaignStatus.ACTIVE },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
}

export function listCampaigns(ctx: Context, status: CampaignStatus | null): Promise<Campaign[]> {
  return ctx.em.find(
    Campaign,
    { tenant: ctx.tenant.id, ...(status ? { status } : {}) },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
}

export function activeCampaign(ctx: Context): Promise<Campaign | null> {
  return currentCampaign(ctx.em, ctx.tenant.id);
}

/** The public never sees a campaign being prepared (DRAFT). */
export function campaignByCode(ctx: Context, code: string): Promise<Campaign | null> {
  return ctx.em.findOne(Campaign, {
    tenant: ctx.tenant.id,
    code,
    ...(isStaff(ctx.viewer) ? {} : { status: { $ne: CampaignStatus.DRAFT } }),
  });
}

/** The phase that today (Vietnam's calendar day) falls in. */
export async function currentPhase(
  ctx: Context,
  campaign: Campaign,
): Promise<CampaignPhase | null> {
  const today = localDay(ctx.clock.now());
  const items = await campaign.phases.load({ dataloader: true });
  return items.find((p) => p.startsOn <= today && today <= p.endsOn) ?? null;
}
