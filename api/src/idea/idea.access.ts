/**
 * Which ideas a viewer may see, as a filter to AND into every idea query. The "may see" half of
 * the access rules for ideas; the "may do" booleans are in `common/access.ts`.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import { isStaff, seesWholeTenant, unitScope, type Viewer } from '../common/access.js';
import { publicIdeaFilter } from '../rights/rights.gate.js';
import type { Idea } from './idea.entity.js';

export function ideaReadFilter(viewer: Viewer, tenantId: string): FilterQuery<Idea> {
  if (seesWholeTenant(viewer)) return { tenant: tenantId };
  if (!isStaff(viewer)) return publicIdeaFilter(tenantId);
  // Unit staff work in their own unit's inbox (published ideas of others are on the public site);
  // experts and units helping an author see that idea; council members see the ideas their
  // council reviews.
  const units = unitScope(viewer);
  const mine: FilterQuery<Idea>[] = [
    { supportExpert: viewer.userId },
    {
      [raw(
        (a) =>
          `${a}.id in (select r.idea_id from review r join council_member m on m.council_id = r.council_id where m.user_id = ?)`,
        [viewer.userId],
      )]: [],
    },
  ];
  // Their unit's ideas include those filed with units merged into it (ideas keep their unit).
  if (units) mine.push({ unit: { $in: [...units] } }, { supportUnit: { $in: [...units] } });
  else {
    const { tenant: _t, ...visible } = publicIdeaFilter(tenantId) as Record<string, unknown>;
    mine.push(visible as FilterQuery<Idea>);
  }
  return { tenant: tenantId, $or: mine };
}
