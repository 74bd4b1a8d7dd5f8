import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Consent } from './consent.entity.js';

export const consentLoaders = loaderSet((ctx: Context) => ({
  /** Every consent row (history included) of a batch of authorships. */
  consentsByAuthorship: new DataLoader<string, Consent[]>(async (ids) => {
    const rows = await ctx.em.find(
      Consent,
      { authorship: { $in: [...ids] } },
      { orderBy: { givenAt: 'asc', id: 'asc' } },
    );
    return ids.map((id) => rows.filter((r) => r.authorship.id === id));
  }),
}));
