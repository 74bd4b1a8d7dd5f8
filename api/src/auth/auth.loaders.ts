import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { StaffUser } from './staff-user.entity.js';
import { StaffInvitation } from './staff-invitation.entity.js';

export const authLoaders = loaderSet((ctx: Context) => ({
  /** Staff members' names (who acted, who is assigned), one query per page. */
  staffNames: new DataLoader<string, string | null>(async (ids) => {
    const rows = await ctx.em.find(StaffUser, { id: { $in: [...ids] } }, { fields: ['fullName'] });
    const byId = new Map(rows.map((r) => [r.id, r.fullName]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  /** The latest invitation of each account not yet accepted or revoked, one query per page. */
  pendingInvitations: new DataLoader<string, StaffInvitation | null>(async (userIds) => {
    const rows = await ctx.em.find(
      StaffInvitation,
      { user: { $in: [...userIds] }, acceptedAt: null, revokedAt: null },
      { orderBy: { createdAt: 'desc' } },
    );
    return userIds.map((id) => rows.find((r) => r.user.id === id) ?? null);
  }),
}));
