import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Adoption, Pilot, PilotUpdate } from './pilot.entity.js';

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

  updatesByPilot: new DataLoader<string, PilotUpdate[]>(async (pilotIds) => {
    const rows = await ctx.em.find(
      PilotUpdate,
      { pilot: { $in: [...pilotIds] } },
      { orderBy: { createdAt: 'asc' } },
    );
    return pilotIds.map((id) => rows.filter((r) => r.pilot.id === id));
  }),
}));
