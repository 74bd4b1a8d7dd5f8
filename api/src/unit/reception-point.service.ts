import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayManageOrganisation,
  mayRecordInPerson,
  seesWholeTenant,
} from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { foldVietnamese, searchTerms, viCollator } from '../common/text.js';
import { Validator, isUuid } from '../common/validate.js';
import { Role } from '../common/roles.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from './unit.entity.js';
import { UNIT_KIND_ORDER } from './unit.enums.js';
import { ReceptionPoint } from './reception-point.entity.js';
import type { ReceptionPointInput } from './unit.inputs.js';
import type { ReceptionOfficer } from './unit.types.js';
import { unitLoaders } from './unit.loaders.js';

/**
 * Reception points, grouped by unit (kind, then name) then by name. The public and every staff
 * member see the active points of active units; the administrator may ask for inactive ones.
 * `search` ignores accents and matches the point's name and address and the unit's name.
 */
export async function listReceptionPoints(
  ctx: Context,
  args: { search?: string | null; includeInactive?: boolean | null; unitId?: string | null },
): Promise<ReceptionPoint[]> {
  const all = Boolean(args.includeInactive) && mayManageOrganisation(ctx.viewer);
  const unitId = args.unitId && isUuid(args.unitId) ? args.unitId : null;
  if (args.unitId && !unitId) return [];
  const rows = await ctx.em.find(
    ReceptionPoint,
    {
      tenant: ctx.tenant.id,
      ...(unitId ? { unit: unitId } : {}),
      ...(all ? {} : { active: true, unit: { ...(unitId ? { id: unitId } : {}), active: true } }),
    },
    { populate: ['unit'] },
  );
  const terms = searchTerms(args.search ?? '');
  const matching = terms.length
    ? rows.filter((p) => {
        const text = foldVietnamese([p.name, p.address ?? '', p.unit.getEntity().name].join(' '));
        return terms.every((t) => text.includes(t));
      })
    : rows;
  return matching.sort((a, b) => {
    const ua = a.unit.getEntity();
    const ub = b.unit.getEntity();
    return (
      UNIT_KIND_ORDER.indexOf(ua.kind) - UNIT_KIND_ORDER.indexOf(ub.kind) ||
      viCollator.compare(ua.name, ub.name) ||
      viCollator.compare(a.name, b.name)
    );
  });
}

/** The officers of a point: staff only (the public sees where and when, not who). */
export async function officersOf(ctx: Context, point: ReceptionPoint): Promise<ReceptionOfficer[]> {
  if (!isStaff(ctx.viewer)) return [];
  return unitLoaders(ctx).officersByPoint.load(point.id);
}

/**
 * The active points where the viewer may record an idea brought in person: every point for the
 * hub; for a reception officer the points they are assigned to (and unstaffed points of their unit).
 */
export async function myReceptionPoints(ctx: Context): Promise<ReceptionPoint[]> {
  const viewer = ctx.viewer;
  assertAllowed(viewer, isStaff(viewer));
  const points = await listReceptionPoints(ctx, {});
  if (seesWholeTenant(viewer)) return points;
  const officers = await unitLoaders(ctx).officersByPoint.loadMany(points.map((p) => p.id));
  return points.filter((p, i) => {
    const list = officers[i];
    const officerIds = Array.isArray(list) ? list.map((o) => o.id) : [];
    return mayRecordInPerson(viewer, { unitId: p.unit.id, officerIds });
  });
}

async function findPoint(ctx: Context, id: string): Promise<ReceptionPoint> {
  const point = isUuid(id)
    ? await ctx.em.findOne(
        ReceptionPoint,
        { id, tenant: ctx.tenant.id },
        { populate: ['officers'] },
      )
    : null;
  if (!point) throw new NotFoundError('Không tìm thấy đầu mối tiếp nhận.');
  return point;
}

async function validatePoint(ctx: Context, input: ReceptionPointInput) {
  const v = new Validator();
  const unitId = v.id('unitId', input.unitId, 'đơn vị');
  if (!input.unitId) v.add('unitId', 'Vui lòng chọn đơn vị.');
  const name = v.text('name', input.name, { label: 'tên đầu mối', required: true, max: 200 });
  const address = v.text('address', input.address, { label: 'địa chỉ', max: 300 });
  const openingHours = v.text('openingHours', input.openingHours, {
    label: 'giờ tiếp nhận',
    max: 200,
  });
  const phone = input.phone?.trim()
    ? /^[0-9 .+()-]{8,20}$/.test(input.phone.trim())
      ? input.phone.trim().replace(/\s+/g, ' ')
      : (v.add('phone', 'Số điện thoại không hợp lệ (ví dụ: 0237 3840 100).'), null)
    : null;
  const officerIds = [...new Set(input.officerIds ?? [])];
  if (officerIds.length > 20) v.add('officerIds', 'Phân công tối đa 20 cán bộ cho một đầu mối.');
  if (!officerIds.every(isUuid)) v.add('officerIds', 'Cán bộ không tồn tại.');
  v.throwIfInvalid();
  const unit = await ctx.em.findOne(Unit, { id: unitId!, tenant: ctx.tenant.id });
  if (!unit) v.add('unitId', 'Đơn vị không tồn tại.');
  else if (!unit.active) v.add('unitId', 'Đơn vị đã lưu trữ hoặc đã sáp nhập.');
  const officers = officerIds.length
    ? await ctx.em.find(StaffUser, { id: { $in: officerIds }, tenant: ctx.tenant.id, active: true })
    : [];
  if (officers.length !== officerIds.length)
    v.add('officerIds', 'Có cán bộ không tồn tại hoặc không thuộc xã này.');
  else if (
    officers.some((o) => !o.roles.some((r) => r === Role.RECEPTION_OFFICER || r === Role.HUB))
  )
    v.add('officerIds', 'Chỉ phân công tài khoản có vai trò cán bộ tiếp nhận hoặc đầu mối.');
  v.throwIfInvalid();
  return {
    unit: unit!,
    name: name!,
    address,
    openingHours,
    phone,
    officers,
    active: input.active ?? true,
  };
}

function recordChange(ctx: Context, details: Record<string, unknown>): void {
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.RECEPTION_POINT_CHANGED,
    actor: auditActor(ctx.viewer),
    details,
    at: ctx.clock.now(),
  });
}

export async function createReceptionPoint(
  ctx: Context,
  input: ReceptionPointInput,
): Promise<ReceptionPoint> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const c = await validatePoint(ctx, input);
  const point = ctx.em.create(ReceptionPoint, {
    tenant: ctx.tenant.id,
    unit: c.unit,
    name: c.name,
    address: c.address,
    openingHours: c.openingHours,
    phone: c.phone,
    active: c.active,
    createdAt: ctx.clock.now(),
  });
  point.officers.set(c.officers);
  recordChange(ctx, {
    receptionPointCreated: point.id,
    name: point.name,
    unit: c.unit.name,
    officers: c.officers.map((o) => o.fullName),
  });
  await ctx.em.flush();
  return point;
}

export async function updateReceptionPoint(
  ctx: Context,
  id: string,
  input: ReceptionPointInput,
): Promise<ReceptionPoint> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const point = await findPoint(ctx, id);
  const c = await validatePoint(ctx, input);
  const before = point.officers.getItems().map((o) => o.fullName);
  point.unit = ctx.em.getReference(Unit, c.unit.id, { wrapped: true });
  point.name = c.name;
  point.address = c.address;
  point.openingHours = c.openingHours;
  point.phone = c.phone;
  point.active = c.active;
  point.officers.set(c.officers);
  recordChange(ctx, {
    receptionPointUpdated: point.id,
    name: point.name,
    active: point.active,
    officersBefore: before,
    officers: c.officers.map((o) => o.fullName),
  });
  await ctx.em.flush();
  return point;
}

export async function setReceptionPointActive(
  ctx: Context,
  id: string,
  active: boolean,
): Promise<ReceptionPoint> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const point = await findPoint(ctx, id);
  if (point.active !== active) {
    if (active) {
      const unit = await ctx.em.findOneOrFail(Unit, { id: point.unit.id });
      if (!unit.active)
        throw new ConflictError('Đơn vị của đầu mối đã lưu trữ; hãy khôi phục đơn vị trước.');
    }
    point.active = active;
    recordChange(ctx, {
      [active ? 'receptionPointActivated' : 'receptionPointDeactivated']: point.id,
      name: point.name,
    });
    await ctx.em.flush();
  }
  return point;
}
