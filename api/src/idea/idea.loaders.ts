import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { IdeaEvent, IdeaMessage, IdeaStep } from './idea.entity.js';

/** Child lists of ideas (history, messages, the open step), one query per page of ideas. */
export const ideaLoaders = loaderSet((ctx: Context) => ({
  eventsByIdea: new DataLoader<string, IdeaEvent[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      IdeaEvent,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  messagesByIdea: new DataLoader<string, IdeaMessage[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      IdeaMessage,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  openStepByIdea: new DataLoader<string, IdeaStep | null>(async (ideaIds) => {
    const rows = await ctx.em.find(IdeaStep, { idea: { $in: [...ideaIds] }, endedAt: null });
    return ideaIds.map((id) => rows.find((r) => r.idea.id === id) ?? null);
  }),
}));
