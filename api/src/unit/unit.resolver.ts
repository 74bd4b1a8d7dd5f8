import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from './unit.entity.js';
import { UnitKind } from './unit.enums.js';
import { ReceptionPoint } from './reception-point.entity.js';
import { activeReceptionPoints, listUnits } from './unit.service.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    description: 'Đơn vị của xã, sắp theo loại rồi theo tên (thứ tự tiếng Việt)',
  })
  units(
    @Ctx() ctx: Context,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKind | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<Unit[]> {
    return listUnits(ctx, kind, includeInactive);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit): Promise<Unit | null> {
    return unit.parent ? ((await unit.parent.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => [ReceptionPoint], { description: 'Đầu mối tiếp nhận đang hoạt động' })
  receptionPoints(@Root() unit: Unit, @Ctx() ctx: Context): Promise<ReceptionPoint[]> {
    return activeReceptionPoints(ctx, unit);
  }
}

@Resolver(() => ReceptionPoint)
export class ReceptionPointResolver {
  @FieldResolver(() => Unit)
  unit(@Root() point: ReceptionPoint): Promise<Unit> {
    return point.unit.load({ dataloader: true }) as Promise<Unit>;
  }
}
