import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { ReceptionPoint } from './reception-point.entity.js';

export const unitLoaders = loaderSet((ctx: Context) => ({
  receptionPointsByUnit: new DataLoader<string, ReceptionPoint[]>(async (unitIds) => {
    const rows = await ctx.em.find(
      ReceptionPoint,
      { unit: { $in: [...unitIds] }, active: true },
      { orderBy: { name: 'asc' } },
    );
    return unitIds.map((id) => rows.filter((r) => r.unit.id === id));
  }),
}));
