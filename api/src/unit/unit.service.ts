import type { Context } from '../context.js';
import { assertAllowed, mayManageOrganisation } from '../common/access.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { foldVietnamese, searchTerms, searchesNothing, viCollator } from '../common/text.js';
import { Validator, isUuid } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from './unit.entity.js';
import { AreaType, UNIT_KIND_ORDER, UnitKind } from './unit.enums.js';
import { ReceptionPoint } from './reception-point.entity.js';
import type { UnitInput } from './unit.inputs.js';
import type { FormerUnitNameView } from './unit.types.js';
import { unitLoaders } from './unit.loaders.js';

const KIND_ORDER = UNIT_KIND_ORDER;
const CODE_RE = /^[a-z0-9][a-z0-9-]*$/;

function byKindThenName(a: Unit, b: Unit): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || viCollator.compare(a.name, b.name)
  );
}

/**
 * Units sorted by kind, then by name in Vietnamese order. `search` ignores accents and matches the
 * name, the code and former names.
 */
export async function listUnits(
  ctx: Context,
  kind: UnitKind | null,
  includeInactive: boolean,
  search: string | null = null,
): Promise<Unit[]> {
  const rows = await ctx.em.find(Unit, {
    tenant: ctx.tenant.id,
    ...(kind ? { kind } : {}),
    ...(includeInactive ? {} : { active: true }),
  });
  const terms = searchTerms(search ?? '');
  const matching = terms.length
    ? rows.filter((u) => {
        const text = foldVietnamese(
          [u.name, u.code, ...u.formerNames.map((f) => f.name)].join(' '),
        );
        return terms.every((t) => text.includes(t));
      })
    : searchesNothing(search)
      ? []
      : rows;
  return matching.sort(byKindThenName);
}

export function activeReceptionPoints(ctx: Context, unit: Unit): Promise<ReceptionPoint[]> {
  return unitLoaders(ctx).receptionPointsByUnit.load(unit.id);
}

export function formerNames(unit: Unit): FormerUnitNameView[] {
  return [...unit.formerNames].sort((a, b) => b.until.localeCompare(a.until));
}

export async function mergedInto(unit: Unit): Promise<Unit | null> {
  return unit.mergedInto ? ((await unit.mergedInto.load({ dataloader: true })) ?? null) : null;
}

/** The unit a merged unit's ideas now belong to: the end of the chain of merges. */
export async function currentUnitOf(ctx: Context, unit: Unit): Promise<Unit | null> {
  if (!unit.mergedInto) return null;
  let at: Unit | null = unit;
  for (let hops = 0; at?.mergedInto && hops < 20; hops++) {
    at = (await at.mergedInto.load({ dataloader: true })) ?? null;
  }
  return at && at.id !== unit.id ? at : null;
}

async function findUnit(ctx: Context, id: string): Promise<Unit> {
  const unit = isUuid(id) ? await ctx.em.findOne(Unit, { id, tenant: ctx.tenant.id }) : null;
  if (!unit) throw new NotFoundError('Không tìm thấy đơn vị.');
  return unit;
}

interface CleanUnit {
  code: string;
  name: string;
  kind: UnitKind;
  areaType: AreaType;
  population: number | null;
  parent: Unit | null;
}

async function validateUnit(
  ctx: Context,
  input: UnitInput,
  existing: Unit | null,
): Promise<CleanUnit> {
  const v = new Validator();
  const code = (input.code ?? '').trim().toLowerCase();
  if (!code) v.add('code', 'Vui lòng nhập mã đơn vị.');
  else if (code.length > 40) v.add('code', 'Mã đơn vị dài tối đa 40 ký tự.');
  else if (!CODE_RE.test(code))
    v.add(
      'code',
      'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: thon-dong-lac).',
    );
  const name = v.text('name', input.name, { label: 'tên đơn vị', required: true, max: 200 });
  if (
    input.population !== null &&
    input.population !== undefined &&
    (!Number.isInteger(input.population) || input.population < 0 || input.population > 10_000_000)
  )
    v.add('population', 'Dân số phải là số nguyên không âm.');
  const parentId = v.id('parentId', input.parentId, 'đơn vị cấp trên');
  v.throwIfInvalid();

  let parent: Unit | null = null;
  if (parentId) {
    parent = await ctx.em.findOne(Unit, { id: parentId, tenant: ctx.tenant.id });
    if (!parent) v.add('parentId', 'Đơn vị cấp trên không tồn tại.');
    else if (existing) {
      // Walking up from the new parent must never reach the unit itself (no cycle in the tree).
      let at: Unit | null = parent;
      for (let hops = 0; at && hops < 50; hops++) {
        if (at.id === existing.id) {
          v.add(
            'parentId',
            'Không chọn chính đơn vị này hoặc đơn vị cấp dưới của nó làm cấp trên.',
          );
          break;
        }
        at = at.parent ? ((await at.parent.load()) ?? null) : null;
      }
    }
  }
  if (code && code !== existing?.code) {
    const taken = await ctx.em.count(Unit, {
      tenant: ctx.tenant.id,
      code,
      ...(existing ? { id: { $ne: existing.id } } : {}),
    });
    if (taken) v.add('code', 'Mã đơn vị này đã được dùng cho một đơn vị khác của xã.');
  }
  v.throwIfInvalid();
  return {
    code,
    name: name!,
    kind: input.kind,
    areaType: input.areaType,
    population: input.population ?? null,
    parent,
  };
}

function record(ctx: Context, action: AuditAction, details: Record<string, unknown>): void {
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action,
    actor: auditActor(ctx.viewer),
    details,
    at: ctx.clock.now(),
  });
}

export async function createUnit(ctx: Context, input: UnitInput): Promise<Unit> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const clean = await validateUnit(ctx, input, null);
  const unit = ctx.em.create(Unit, {
    tenant: ctx.tenant.id,
    code: clean.code,
    name: clean.name,
    kind: clean.kind,
    areaType: clean.areaType,
    population: clean.population,
    parent: clean.parent,
    createdAt: ctx.clock.now(),
  });
  record(ctx, AuditAction.UNIT_CHANGED, { unitCreated: unit.id, code: unit.code, name: unit.name });
  await ctx.em.flush();
  return unit;
}

/** Edits a unit; a new name keeps the former one with the day it was last used. */
export async function updateUnit(ctx: Context, id: string, input: UnitInput): Promise<Unit> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const unit = await findUnit(ctx, id);
  const clean = await validateUnit(ctx, input, unit);
  const changes: Record<string, unknown> = { unitUpdated: unit.id };
  if (clean.name !== unit.name) {
    unit.formerNames = [...unit.formerNames, { name: unit.name, until: localDay(ctx.clock.now()) }];
    changes['renamedFrom'] = unit.name;
    changes['renamedTo'] = clean.name;
  }
  if (clean.code !== unit.code) changes['code'] = { from: unit.code, to: clean.code };
  unit.code = clean.code;
  unit.name = clean.name;
  unit.kind = clean.kind;
  unit.areaType = clean.areaType;
  unit.population = clean.population;
  unit.parent = clean.parent ? ctx.em.getReference(Unit, clean.parent.id, { wrapped: true }) : null;
  record(ctx, AuditAction.UNIT_CHANGED, changes);
  await ctx.em.flush();
  return unit;
}

/** Archives (hides from forms and lists) or restores a unit; a merged unit stays archived. */
export async function setUnitArchived(ctx: Context, id: string, archived: boolean): Promise<Unit> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const unit = await findUnit(ctx, id);
  if (!archived && unit.mergedInto)
    throw new ConflictError('Đơn vị đã sáp nhập vào đơn vị khác, không khôi phục được.');
  if (unit.active === !archived) return unit;
  unit.active = !archived;
  record(ctx, AuditAction.UNIT_CHANGED, {
    [archived ? 'unitArchived' : 'unitRestored']: unit.id,
    name: unit.name,
  });
  await ctx.em.flush();
  return unit;
}

/**
 * Merges unit `id` into `intoId` in one transaction: the merged unit is archived and points at the
 * unit it joined; its ideas keep pointing at it (history stays attributable) and count under the
 * other unit; its reception points, staff accounts and sub-units move to the other unit.
 */
export async function mergeUnit(ctx: Context, id: string, intoId: string): Promise<Unit> {
  assertAllowed(ctx.viewer, mayManageOrganisation(ctx.viewer));
  const unit = await findUnit(ctx, id);
  if (!isUuid(intoId)) throw new BadInputError({ intoId: 'Vui lòng chọn đơn vị nhận sáp nhập.' });
  const into = await ctx.em.findOne(Unit, { id: intoId, tenant: ctx.tenant.id });
  if (!into) throw new BadInputError({ intoId: 'Đơn vị nhận sáp nhập không tồn tại.' });
  if (into.id === unit.id)
    throw new BadInputError({ intoId: 'Không sáp nhập một đơn vị vào chính nó.' });
  if (unit.mergedInto) throw new ConflictError('Đơn vị này đã được sáp nhập trước đó.');
  if (!into.active)
    throw new BadInputError({ intoId: 'Đơn vị nhận sáp nhập đã lưu trữ hoặc đã sáp nhập.' });
  const now = ctx.clock.now();
  // Everything below is written by one flush, i.e. in one transaction.
  const em = ctx.em;
  const ref = () => em.getReference(Unit, into.id, { wrapped: true });
  unit.active = false;
  unit.mergedInto = ref();
  unit.mergedAt = now;
  const points = await em.find(ReceptionPoint, { unit: unit.id, tenant: ctx.tenant.id });
  for (const p of points) p.unit = ref();
  const staff = await em.find(StaffUser, { unit: unit.id, tenant: ctx.tenant.id });
  for (const s of staff) s.unit = ref();
  const children = await em.find(Unit, { parent: unit.id, tenant: ctx.tenant.id });
  for (const c of children) if (c.id !== into.id) c.parent = ref();
  audit(em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.UNIT_MERGED,
    actor: auditActor(ctx.viewer),
    details: {
      unitMerged: unit.id,
      name: unit.name,
      into: into.id,
      intoName: into.name,
      receptionPointsMoved: points.length,
      staffMoved: staff.length,
    },
    at: now,
  });
  await em.flush();
  return unit;
}
