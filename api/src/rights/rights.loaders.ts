import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Consent } from '../consent/consent.entity.js';
import { Authorship } from '../idea/idea.entity.js';
import { Dispute, RightsDecision } from './rights.entity.js';
import { isCredited } from './rights.gate.js';

/** The rights fields of a page of ideas, one query per kind. */
export const rightsLoaders = loaderSet((ctx: Context) => ({
  /** Credited authors (person loaded, lead first) and their consents, for the rights check. */
  creditedByIdea: new DataLoader<string, { authors: Authorship[]; consents: Consent[] }>(
    async (ideaIds) => {
      const authors = (
        await ctx.em.find(
          Authorship,
          { idea: { $in: [...ideaIds] } },
          { populate: ['person'], orderBy: { role: 'desc', share: 'desc', id: 'asc' } },
        )
      ).filter(isCredited);
      const consents = authors.length
        ? await ctx.em.find(Consent, { authorship: { $in: authors.map((a) => a.id) } })
        : [];
      return ideaIds.map((id) => {
        const mine = authors.filter((a) => a.idea.id === id);
        const ids = new Set(mine.map((a) => a.id));
        return { authors: mine, consents: consents.filter((c) => ids.has(c.authorship.id)) };
      });
    },
  ),

  decisionsByIdea: new DataLoader<string, RightsDecision[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      RightsDecision,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  disputesByIdea: new DataLoader<string, Dispute[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      Dispute,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'desc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),
}));
