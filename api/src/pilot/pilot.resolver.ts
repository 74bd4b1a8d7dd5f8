import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
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
