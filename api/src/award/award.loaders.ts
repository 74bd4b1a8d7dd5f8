import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Award } from './award.entity.js';
import { AwardStatus } from './award.enums.js';

export const awardLoaders = loaderSet((ctx: Context) => ({
  /** Decided (not revoked) awards citing each idea, oldest decision first. */
  decidedAwardsByIdea: new DataLoader<string, Award[]>(async (ideaIds) => {
    const links = await ctx.em.execute<{ award_id: string; idea_id: string }[]>(
      `select award_id, idea_id from award_idea where idea_id in (${ideaIds.map(() => '?').join(',')})`,
      [...ideaIds],
    );
    const awards = links.length
      ? await ctx.em.find(
          Award,
          { id: { $in: [...new Set(links.map((l) => l.award_id))] }, status: AwardStatus.DECIDED },
          { orderBy: { decisionDate: 'asc', id: 'asc' } },
        )
      : [];
    return ideaIds.map((id) => {
      const mine = new Set(links.filter((l) => l.idea_id === id).map((l) => l.award_id));
      return awards.filter((a) => mine.has(a.id));
    });
  }),
}));
