import type { Context } from '../context.js';
import { viCollator } from '../common/text.js';
import { Unit } from './unit.entity.js';
import { UnitKind } from './unit.enums.js';
import type { ReceptionPoint } from './reception-point.entity.js';
import { unitLoaders } from './unit.loaders.js';

const KIND_ORDER = [
  UnitKind.DEPARTMENT,
  UnitKind.MASS_ORGANISATION,
  UnitKind.VILLAGE,
  UnitKind.SCHOOL,
  UnitKind.PUBLIC_SERVICE,
  UnitKind.ENTERPRISE,
  UnitKind.OTHER,
];

/** Units sorted by kind, then by name in Vietnamese order. */
export async function listUnits(
  ctx: Context,
  kind: UnitKind | null,
  includeInactive: boolean,
): Promise<Unit[]> {
  const rows = await ctx.em.find(Unit, {
    tenant: ctx.tenant.id,
    ...(kind ? { kind } : {}),
    ...(includeInactive ? {} : { active: true }),
  });
  return rows.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || viCollator.compare(a.name, b.name),
  );
}

export function activeReceptionPoints(ctx: Context, unit: Unit): Promise<ReceptionPoint[]> {
  return unitLoaders(ctx).receptionPointsByUnit.load(unit.id);
}
