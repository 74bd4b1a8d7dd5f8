import type { Context } from '../context.js';
import { assertAllowed, mayManageCampaigns } from '../common/access.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { foldVietnamese } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignStatus } from '../campaign/campaign.enums.js';
import { IdeaField } from './field.entity.js';

/**
 * The fields in the commune's order: those in use, or with `includeRetired` also the retired ones
 * (they stay on old ideas, so filters of old ideas still offer them; submission forms do not).
 */
export function listFields(ctx: Context, includeRetired = false): Promise<IdeaField[]> {
  return ctx.em.find(
    IdeaField,
    { tenant: ctx.tenant.id, ...(includeRetired ? {} : { active: true }) },
    { orderBy: { sortOrder: 'asc', name: 'asc' } },
  );
}

/** The fields in use, in the commune's order. */
export function activeFields(ctx: Context): Promise<IdeaField[]> {
  return listFields(ctx, false);
}

function recordChange(ctx: Context, details: Record<string, unknown>): void {
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.FIELD_CHANGED,
    actor: auditActor(ctx.viewer),
    details,
    at: ctx.clock.now(),
  });
}

async function findField(ctx: Context, id: string): Promise<IdeaField> {
  const field = isUuid(id) ? await ctx.em.findOne(IdeaField, { id, tenant: ctx.tenant.id }) : null;
  if (!field) throw new NotFoundError('Không tìm thấy lĩnh vực.');
  return field;
}

async function checkName(ctx: Context, v: Validator, name: string | null, exceptId: string | null) {
  if (!name) return;
  const folded = foldVietnamese(name);
  const others = await ctx.em.find(IdeaField, {
    tenant: ctx.tenant.id,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  });
  if (others.some((f) => foldVietnamese(f.name) === folded))
    v.add('name', 'Đã có lĩnh vực trùng tên này.');
}

/** A new field, last in the order; it is offered at once in campaigns whose scope lists fields. */
export async function createField(
  ctx: Context,
  name: string,
  nameEn: string | null = null,
): Promise<IdeaField> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const v = new Validator();
  const clean = v.text('name', name, { label: 'tên lĩnh vực', required: true, max: 200 });
  const cleanEn = v.text('nameEn', nameEn, { label: 'tên tiếng Anh', max: 200 });
  await checkName(ctx, v, clean, null);
  v.throwIfInvalid();
  const base =
    foldVietnamese(clean!)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/(^-|-$)/g, '')
      .slice(0, 50) || 'linh-vuc';
  const existing = await ctx.em.find(IdeaField, { tenant: ctx.tenant.id });
  const codes = new Set(existing.map((f) => f.code));
  let code = base;
  for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
  const field = ctx.em.create(IdeaField, {
    tenant: ctx.tenant.id,
    code,
    name: clean!,
    nameEn: cleanEn || null,
    sortOrder: Math.max(0, ...existing.map((f) => f.sortOrder)) + 1,
    createdAt: ctx.clock.now(),
  });
  // Campaigns taking ideas with a listed scope offer the new field too (same flush).
  const campaigns = await ctx.em.find(
    Campaign,
    { tenant: ctx.tenant.id, status: CampaignStatus.ACTIVE },
    { populate: ['fields'] },
  );
  for (const c of campaigns) if (c.fields.length) c.fields.add(field);
  recordChange(ctx, { fieldCreated: field.id, name: field.name });
  await ctx.em.flush();
  return field;
}

export async function renameField(
  ctx: Context,
  id: string,
  name: string,
  nameEn?: string | null,
): Promise<IdeaField> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const field = await findField(ctx, id);
  const v = new Validator();
  const clean = v.text('name', name, { label: 'tên lĩnh vực', required: true, max: 200 });
  const cleanEn = v.text('nameEn', nameEn, { label: 'tên tiếng Anh', max: 200 }) || null;
  await checkName(ctx, v, clean, field.id);
  v.throwIfInvalid();
  // The English name is changed only when given (undefined: an older client that renames only).
  const enChanged = nameEn !== undefined && cleanEn !== (field.nameEn ?? null);
  if (clean !== field.name || enChanged) {
    recordChange(ctx, {
      fieldRenamed: field.id,
      from: field.name,
      to: clean,
      ...(enChanged ? { fromEn: field.nameEn ?? null, toEn: cleanEn } : {}),
    });
    field.name = clean!;
    if (nameEn !== undefined) field.nameEn = cleanEn;
    await ctx.em.flush();
  }
  return field;
}

/** Retires a field (kept on old ideas and in their filters, not offered any more) or restores it. */
export async function setFieldRetired(
  ctx: Context,
  id: string,
  retired: boolean,
): Promise<IdeaField> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const field = await findField(ctx, id);
  if (field.active === retired) {
    field.active = !retired;
    recordChange(ctx, { [retired ? 'fieldRetired' : 'fieldRestored']: field.id, name: field.name });
    await ctx.em.flush();
  }
  return field;
}

/** The new order of every field of the commune (each id once). */
export async function reorderFields(ctx: Context, ids: string[]): Promise<IdeaField[]> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const fields = await listFields(ctx, true);
  const known = new Map(fields.map((f) => [f.id, f]));
  const unique = new Set(ids);
  if (
    unique.size !== ids.length ||
    ids.length !== fields.length ||
    ids.some((id) => !known.has(id))
  )
    throw new BadInputError({ ids: 'Danh sách lĩnh vực không khớp, vui lòng tải lại trang.' });
  ids.forEach((id, i) => {
    known.get(id)!.sortOrder = i + 1;
  });
  recordChange(ctx, { fieldsReordered: ids.map((id) => known.get(id)!.name) });
  await ctx.em.flush();
  return ids.map((id) => known.get(id)!);
}
