import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { Review } from '../council/council.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { SupportPlan } from '../support/support.entity.js';
import { ideaReadFilter } from './idea.access.js';
import { Idea, IdeaEvent, IdeaMessage, IdeaRevision, IdeaStep } from './idea.entity.js';

/**
 * Child lists of ideas (history, messages, the open step, revisions, files, reviews, support), one
 * query per page of ideas. Access is checked by the caller before it asks.
 */
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

  revisionsByIdea: new DataLoader<string, IdeaRevision[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      IdeaRevision,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { number: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  fieldById: new DataLoader<string, IdeaField | null>(async (ids) => {
    const rows = await ctx.em.find(IdeaField, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),

  attachmentsByIdea: new DataLoader<string, Attachment[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      Attachment,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea?.id === id));
  }),

  reviewsByIdea: new DataLoader<string, Review[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      Review,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { assignedAt: 'desc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  supportPlansByIdea: new DataLoader<string, SupportPlan[]>(async (ideaIds) => {
    const rows = await ctx.em.find(
      SupportPlan,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'desc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  }),

  /** Ideas by id, as far as the viewer may see them (null otherwise). */
  visibleIdeaById: new DataLoader<string, Idea | null>(async (ids) => {
    const rows = await ctx.em.find(Idea, {
      $and: [{ id: { $in: [...ids] } }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
}));
