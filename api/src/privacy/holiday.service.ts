import type { Context } from '../context.js';
import { assertAllowed, mayHandleDataRequests, seesWholeTenant } from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { actorFor } from '../rights/authorship.service.js';
import { PublicHoliday } from './data-request.entity.js';

/** The tenant's public holidays of one year (they do not count as working days). */
export function listPublicHolidays(ctx: Context, year: number): Promise<PublicHoliday[]> {
  assertAllowed(ctx.viewer, seesWholeTenant(ctx.viewer));
  return ctx.em.find(
    PublicHoliday,
    { tenant: ctx.tenant.id, day: { $like: `${String(year).padStart(4, '0')}-%` } },
    { orderBy: { day: 'asc' } },
  );
}

export async function addPublicHoliday(
  ctx: Context,
  day: string,
  name: string,
): Promise<PublicHoliday> {
  assertAllowed(ctx.viewer, mayHandleDataRequests(ctx.viewer));
  const v = new Validator();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    v.add('day', 'Ngày không hợp lệ (yyyy-mm-dd).');
  const label = v.text('name', name, { label: 'tên ngày nghỉ', required: true, max: 200 });
  v.throwIfInvalid();
  if (await ctx.em.count(PublicHoliday, { tenant: ctx.tenant.id, day }))
    throw new ConflictError('Ngày này đã có trong danh sách ngày nghỉ.');
  const now = ctx.clock.now();
  const row = ctx.em.create(PublicHoliday, {
    tenant: ctx.tenant.id,
    day,
    name: label!,
    createdAt: now,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SETTINGS_CHANGED,
    actor: actorFor(ctx),
    details: { holidayAdded: day },
    at: now,
  });
  await ctx.em.flush();
  return row;
}

export async function removePublicHoliday(ctx: Context, id: string): Promise<boolean> {
  assertAllowed(ctx.viewer, mayHandleDataRequests(ctx.viewer));
  const row = isUuid(id)
    ? await ctx.em.findOne(PublicHoliday, { id, tenant: ctx.tenant.id })
    : null;
  if (!row) throw new NotFoundError('Không tìm thấy ngày nghỉ.');
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SETTINGS_CHANGED,
    actor: actorFor(ctx),
    details: { holidayRemoved: row.day },
    at: ctx.clock.now(),
  });
  ctx.em.remove(row);
  await ctx.em.flush();
  return true;
}
