import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { Adoption, Indicator, Pilot, PilotUpdate } from './pilot.entity.js';
import { AdoptionKind } from './pilot.enums.js';
import { AdoptionInput, PilotReportInput } from './pilot.inputs.js';
import * as pilots from './pilot.service.js';

@Resolver(() => Pilot)
export class PilotResolver {
  @Mutation(() => Pilot, { description: 'Cập nhật tiến độ thử nghiệm' })
  addPilotUpdate(
    @Ctx() ctx: Context,
    @Arg('pilotId', () => ID) pilotId: string,
    @Arg('note', () => String) note: string,
    @Arg('values', () => [Indicator], { defaultValue: [] }) values: Indicator[],
  ): Promise<Pilot> {
    return pilots.addPilotUpdate(ctx, pilotId, note, values);
  }

  @Mutation(() => Pilot, {
    description: 'Báo cáo kết quả thử nghiệm: ứng dụng, nhân rộng hoặc dừng',
  })
  reportPilot(
    @Ctx() ctx: Context,
    @Arg('pilotId', () => ID) pilotId: string,
    @Arg('input', () => PilotReportInput) input: PilotReportInput,
  ): Promise<Pilot> {
    return pilots.reportPilot(ctx, pilotId, input);
  }

  @Mutation(() => Pilot, {
    description:
      'Đơn vị chủ trì đề xuất báo cáo kết quả thử nghiệm; cơ quan đầu mối duyệt bằng reportPilot',
  })
  proposePilotReport(
    @Ctx() ctx: Context,
    @Arg('pilotId', () => ID) pilotId: string,
    @Arg('input', () => PilotReportInput) input: PilotReportInput,
  ): Promise<Pilot> {
    return pilots.proposePilotReport(ctx, pilotId, input);
  }

  @Query(() => [Pilot], {
    description:
      'Thử nghiệm do một đơn vị chủ trì, mới nhất trước (cơ quan đầu mối: mọi đơn vị; thủ trưởng: đơn vị mình)',
  })
  hostedPilots(@Ctx() ctx: Context, @Arg('unitId', () => ID) unitId: string): Promise<Pilot[]> {
    return pilots.hostedPilots(ctx, unitId);
  }

  @Mutation(() => Adoption, { description: 'Ghi nhận một đơn vị ứng dụng hoặc nhân rộng ý tưởng' })
  recordAdoption(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('kind', () => AdoptionKind) kind: AdoptionKind,
    @Arg('input', () => AdoptionInput) input: AdoptionInput,
  ): Promise<Adoption> {
    return pilots.recordAdoption(ctx, ideaId, kind, input);
  }

  @FieldResolver(() => Unit)
  hostUnit(@Root() pilot: Pilot): Promise<Unit> {
    return pilot.hostUnit.load({ dataloader: true }) as Promise<Unit>;
  }

  @FieldResolver(() => ID, { description: 'Ý tưởng được thử nghiệm' })
  ideaId(@Root() pilot: Pilot): string {
    return pilot.idea.id;
  }

  @FieldResolver(() => String, { description: 'Tên ý tưởng được thử nghiệm' })
  async ideaTitle(@Root() pilot: Pilot): Promise<string> {
    const idea = await pilot.idea.load({ dataloader: true });
    return idea?.title ?? '';
  }

  @FieldResolver(() => [PilotUpdate])
  updates(@Root() pilot: Pilot, @Ctx() ctx: Context): Promise<PilotUpdate[]> {
    return pilots.pilotUpdates(ctx, pilot);
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver {
  @FieldResolver(() => Unit)
  unit(@Root() a: Adoption): Promise<Unit> {
    return a.unit.load({ dataloader: true }) as Promise<Unit>;
  }
}
