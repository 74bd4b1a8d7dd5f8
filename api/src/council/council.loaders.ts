import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { isStaff, seesWholeTenant } from '../common/access.js';
import { loaderSet } from '../common/loaders.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { isUuid } from '../common/validate.js';
import { Idea } from '../idea/idea.entity.js';
import {
  Council,
  CouncilMember,
  Review,
  ReviewParticipant,
  RubricCriterion,
  Score,
} from './council.entity.js';
import type { LoadedReview } from './review.service.js';

/**
 * Loaders of the council feature: a council's reviews, a review's idea, and whole reviews with
 * their council, members, sheets and rubric — one query per kind for a whole list, whatever its
 * length (the reviews list and a council's page select the viewer's role and the result of each).
 */
export const councilLoaders = loaderSet((ctx: Context) => ({
  /** Every review of each council, newest assignment first (filtered by status by the caller). */
  reviewsByCouncil: new DataLoader<string, Review[]>(async (councilIds) => {
    const rows = await ctx.em.find(
      Review,
      { council: { $in: [...councilIds] } },
      { orderBy: { assignedAt: 'desc' } },
    );
    return councilIds.map((id) => rows.filter((r) => r.council.id === id));
  }),

  /** A review's idea. No read filter: being shown the review is what allows seeing its idea. */
  ideaById: new DataLoader<string, Idea>(async (ids) => {
    const rows = await ctx.em.find(Idea, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('Không tìm thấy ý tưởng.'));
  }),

  /**
   * Reviews with everything the sheets and the result need, checked for the viewer: a staff member
   * who is not on the council (and is not the hub) is refused that review.
   */
  loadedReview: new DataLoader<string, LoadedReview>(async (reviewIds) => {
    const viewer = ctx.viewer;
    if (!isStaff(viewer)) return reviewIds.map(() => new UnauthenticatedError());
    const ids = reviewIds.filter(isUuid);
    const reviews = ids.length
      ? await ctx.em.find(Review, { id: { $in: ids }, tenant: ctx.tenant.id })
      : [];
    if (!reviews.length) return reviewIds.map(() => notFound());
    const councilIds = [...new Set(reviews.map((r) => r.council.id))];
    const ideaIds = [...new Set(reviews.map((r) => r.idea.id))];
    const reviewKeys = reviews.map((r) => r.id);
    const [councils, ideas, members, participants, scores] = await Promise.all([
      ctx.em.find(Council, { id: { $in: councilIds } }),
      ctx.em.find(Idea, { id: { $in: ideaIds } }),
      ctx.em.find(CouncilMember, { council: { $in: councilIds } }, { populate: ['user'] }),
      ctx.em.find(ReviewParticipant, { review: { $in: reviewKeys } }),
      ctx.em.find(Score, { review: { $in: reviewKeys } }),
    ]);
    const campaignIds = [...new Set(ideas.map((i) => i.campaign.id))];
    const criteria = await ctx.em.find(
      RubricCriterion,
      { campaign: { $in: campaignIds } },
      { orderBy: { sortOrder: 'asc' } },
    );
    return reviewIds.map((id) => {
      const review = reviews.find((r) => r.id === id);
      if (!review) return notFound();
      const council = councils.find((c) => c.id === review.council.id)!;
      const idea = ideas.find((i) => i.id === review.idea.id)!;
      const mineMembers = members.filter((m) => m.council.id === council.id);
      const me = mineMembers.find((m) => m.user.id === viewer.userId) ?? null;
      if (!me && !seesWholeTenant(viewer))
        return new ForbiddenError('Bạn không phải thành viên Hội đồng đánh giá ý tưởng này.');
      const ps = participants.filter((p) => p.review.id === review.id);
      const mine = me ? (ps.find((p) => p.member.id === me.id) ?? null) : null;
      return {
        review,
        council,
        idea,
        criteria: criteria.filter((c) => c.campaign.id === idea.campaign.id),
        members: mineMembers,
        participants: ps,
        scores: scores.filter((s) => s.review.id === review.id),
        me,
        mine,
        viewer,
      };
    });
  }),
}));

function notFound(): NotFoundError {
  return new NotFoundError('Không tìm thấy lượt đánh giá.');
}
