import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Adoption, Pilot } from './pilot.entity.js';

export const pilotLoaders = loaderSet((ctx: Context) => ({
  pilotsByIdea: new DataLoader<string, Pilot[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      Pilot,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { startsOn: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  adoptionsByIdea: new DataLoader<string, Adoption[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      Adoption,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { adoptedOn: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),
}));
