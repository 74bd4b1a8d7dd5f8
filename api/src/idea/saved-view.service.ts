import type { Context } from '../context.js';
import { assertAllowed, isStaff } from '../common/access.js';
import { NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { SavedView } from './saved-view.entity.js';

/** Saved inbox filters belong to the staff member who saved them. */
export function listSavedViews(ctx: Context): Promise<SavedView[]> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  return ctx.em.find(SavedView, { owner: viewer.userId }, { orderBy: { name: 'asc' } });
}

/** Saves the inbox's query string under a name (the same name overwrites). */
export async function saveView(ctx: Context, name: string, filters: string): Promise<SavedView> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  const v = new Validator();
  const clean = v.text('name', name, { label: 'tên bộ lọc', required: true, max: 100 });
  if (filters.length > 2000) v.add('filters', 'Bộ lọc quá dài.');
  v.throwIfInvalid();
  const params: Record<string, string[]> = {};
  for (const [k, val] of new URLSearchParams(filters)) (params[k] ??= []).push(val);
  const owner = viewer.userId;
  const existing = await ctx.em.findOne(SavedView, { owner, name: clean! });
  const view =
    existing ??
    ctx.em.create(SavedView, {
      tenant: ctx.tenant.id,
      owner,
      name: clean!,
      filters: params,
      createdAt: ctx.clock.now(),
    });
  view.filters = params;
  await ctx.em.flush();
  return view;
}

export async function deleteView(ctx: Context, id: string): Promise<boolean> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  if (!isUuid(id)) throw new NotFoundError();
  return (await ctx.em.nativeDelete(SavedView, { id, owner: viewer.userId })) > 0;
}
