import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from './unit.entity.js';
import { UnitKind } from './unit.enums.js';
import { ReceptionPoint } from './reception-point.entity.js';
import { ReceptionPointInput, UnitInput } from './unit.inputs.js';
import { FormerUnitNameView, ReceptionOfficer } from './unit.types.js';
import * as units from './unit.service.js';
import * as points from './reception-point.service.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    description:
      'Đơn vị của xã, sắp theo loại rồi theo tên (thứ tự tiếng Việt); search không phân biệt dấu (tên, mã, tên cũ)',
  })
  units(
    @Ctx() ctx: Context,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKind | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Arg('search', () => String, { nullable: true }) search: string | null,
  ): Promise<Unit[]> {
    return units.listUnits(ctx, kind, includeInactive, search);
  }

  @Mutation(() => Unit, { description: 'Thêm đơn vị (quản trị)' })
  createUnit(@Ctx() ctx: Context, @Arg('input', () => UnitInput) input: UnitInput): Promise<Unit> {
    return units.createUnit(ctx, input);
  }

  @Mutation(() => Unit, {
    description: 'Sửa đơn vị; đổi tên thì tên cũ được lưu kèm ngày (quản trị)',
  })
  updateUnit(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UnitInput) input: UnitInput,
  ): Promise<Unit> {
    return units.updateUnit(ctx, id, input);
  }

  @Mutation(() => Unit, {
    description: 'Lưu trữ (archived: true) hoặc khôi phục đơn vị (quản trị)',
  })
  setUnitArchived(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('archived', () => Boolean) archived: boolean,
  ): Promise<Unit> {
    return units.setUnitArchived(ctx, id, archived);
  }

  @Mutation(() => Unit, {
    description:
      'Sáp nhập đơn vị id vào đơn vị intoId: đơn vị cũ được lưu trữ, ý tưởng cũ vẫn ghi tên đơn vị cũ và được tính cho đơn vị mới; đầu mối tiếp nhận, cán bộ và đơn vị cấp dưới chuyển sang đơn vị mới (quản trị)',
  })
  mergeUnit(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('intoId', () => ID) intoId: string,
  ): Promise<Unit> {
    return units.mergeUnit(ctx, id, intoId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit): Promise<Unit | null> {
    return unit.parent ? ((await unit.parent.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị mà đơn vị này đã được sáp nhập vào (trực tiếp)',
  })
  mergedInto(@Root() unit: Unit): Promise<Unit | null> {
    return units.mergedInto(unit);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description:
      'Đơn vị hiện nay tiếp nhận phần việc của đơn vị đã sáp nhập (cuối chuỗi sáp nhập); null nếu chưa sáp nhập',
  })
  nowPartOf(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    return units.currentUnitOf(ctx, unit);
  }

  @FieldResolver(() => [FormerUnitNameView], { description: 'Các tên cũ, mới nhất trước' })
  formerNames(@Root() unit: Unit): FormerUnitNameView[] {
    return units.formerNames(unit);
  }

  @FieldResolver(() => [ReceptionPoint], { description: 'Đầu mối tiếp nhận đang hoạt động' })
  receptionPoints(@Root() unit: Unit, @Ctx() ctx: Context): Promise<ReceptionPoint[]> {
    return units.activeReceptionPoints(ctx, unit);
  }
}

@Resolver(() => ReceptionPoint)
export class ReceptionPointResolver {
  @Query(() => [ReceptionPoint], {
    description:
      'Đầu mối tiếp nhận theo đơn vị (nơi gửi ý tưởng trực tiếp): đang hoạt động; quản trị viên có thể xem cả đầu mối đã ngừng (includeInactive). search không phân biệt dấu',
  })
  receptionPoints(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<ReceptionPoint[]> {
    return points.listReceptionPoints(ctx, { search, unitId, includeInactive });
  }

  @Query(() => [ReceptionPoint], {
    description: 'Đầu mối mà cán bộ đang đăng nhập được ghi nhận ý tưởng nộp trực tiếp',
  })
  myReceptionPoints(@Ctx() ctx: Context): Promise<ReceptionPoint[]> {
    return points.myReceptionPoints(ctx);
  }

  @Mutation(() => ReceptionPoint, { description: 'Thêm đầu mối tiếp nhận (quản trị)' })
  createReceptionPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => ReceptionPointInput) input: ReceptionPointInput,
  ): Promise<ReceptionPoint> {
    return points.createReceptionPoint(ctx, input);
  }

  @Mutation(() => ReceptionPoint, {
    description: 'Sửa đầu mối tiếp nhận, phân công cán bộ (quản trị)',
  })
  updateReceptionPoint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReceptionPointInput) input: ReceptionPointInput,
  ): Promise<ReceptionPoint> {
    return points.updateReceptionPoint(ctx, id, input);
  }

  @Mutation(() => ReceptionPoint, { description: 'Ngừng hoặc mở lại đầu mối tiếp nhận (quản trị)' })
  setReceptionPointActive(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
  ): Promise<ReceptionPoint> {
    return points.setReceptionPointActive(ctx, id, active);
  }

  @FieldResolver(() => Unit)
  unit(@Root() point: ReceptionPoint): Promise<Unit> {
    return point.unit.load({ dataloader: true }) as Promise<Unit>;
  }

  @FieldResolver(() => [ReceptionOfficer], {
    description: 'Cán bộ được phân công (chỉ cán bộ của xã thấy; khách thấy danh sách rỗng)',
  })
  officers(@Root() point: ReceptionPoint, @Ctx() ctx: Context): Promise<ReceptionOfficer[]> {
    return points.officersOf(ctx, point);
  }
}
