import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { StaffUser } from './staff-user.entity.js';

export const authLoaders = loaderSet((ctx: Context) => ({
  /** Staff members' names (who acted, who is assigned), one query per page. */
  staffNames: new DataLoader<string, string | null>(async (ids) => {
    const rows = await ctx.em.find(StaffUser, { id: { $in: [...ids] } }, { fields: ['fullName'] });
    const byId = new Map(rows.map((r) => [r.id, r.fullName]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
}));
