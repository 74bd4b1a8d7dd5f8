import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { viCollator } from '../common/text.js';
import { Unit, UnitKind } from './unit.entity.js';
import { ReceptionPoint } from './reception-point.entity.js';
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

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    description: 'Đơn vị của xã, sắp theo loại rồi theo tên (thứ tự tiếng Việt)',
  })
  async units(
    @Ctx() ctx: Context,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKind | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<Unit[]> {
    const rows = await ctx.em.find(Unit, {
      tenant: ctx.tenant.id,
      ...(kind ? { kind } : {}),
      ...(includeInactive ? {} : { active: true }),
    });
    return rows.sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        viCollator.compare(a.name, b.name),
    );
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit): Promise<Unit | null> {
    return unit.parent ? ((await unit.parent.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => [ReceptionPoint], { description: 'Đầu mối tiếp nhận đang hoạt động' })
  receptionPoints(@Root() unit: Unit, @Ctx() ctx: Context): Promise<ReceptionPoint[]> {
    return unitLoaders(ctx).receptionPointsByUnit.load(unit.id);
  }
}

@Resolver(() => ReceptionPoint)
export class ReceptionPointResolver {
  @FieldResolver(() => Unit)
  unit(@Root() point: ReceptionPoint): Promise<Unit> {
    return point.unit.load({ dataloader: true }) as Promise<Unit>;
  }
}
