import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { ReceptionPoint } from './reception-point.entity.js';
import type { ReceptionOfficer } from './unit.types.js';

export const unitLoaders = loaderSet((ctx: Context) => ({
  receptionPointsByUnit: new DataLoader<string, ReceptionPoint[]>(async (unitIds) => {
    const rows = await ctx.em.find(
      ReceptionPoint,
      { unit: { $in: [...unitIds] }, active: true },
      { orderBy: { name: 'asc' } },
    );
    return unitIds.map((id) => rows.filter((r) => r.unit.id === id));
  }),
  /** The officers of each point, in one statement for a whole list. */
  officersByPoint: new DataLoader<string, ReceptionOfficer[]>(async (pointIds) => {
    const rows = await ctx.em.execute<
      { reception_point_id: string; id: string; full_name: string }[]
    >(
      `select o.reception_point_id, s.id, s.full_name
         from reception_point_officer o join staff_user s on s.id = o.staff_user_id
        where o.reception_point_id in (?) and s.tenant_id = ?
        order by s.full_name`,
      [[...pointIds], ctx.tenant.id],
    );
    return pointIds.map((id) =>
      rows
        .filter((r) => r.reception_point_id === id)
        .map((r) => ({ id: r.id, fullName: r.full_name })),
    );
  }),
}));
