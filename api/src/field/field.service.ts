import type { Context } from '../context.js';
import { IdeaField } from './field.entity.js';

/** The fields in use, in the commune's order. */
export function activeFields(ctx: Context): Promise<IdeaField[]> {
  return ctx.em.find(
    IdeaField,
    { tenant: ctx.tenant.id, active: true },
    { orderBy: { sortOrder: 'asc', name: 'asc' } },
  );
}
