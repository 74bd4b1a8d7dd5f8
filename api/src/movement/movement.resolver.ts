import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { isStaff } from '../common/access.js';
import { localDay } from '../common/vietnam-time.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { IdeaReceipt } from '../idea/idea.types.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { KpiDimension, UnitRequestStatus } from './movement.enums.js';
import {
  MovementActivity,
  MovementTarget,
  UnitPlan,
  UnitRequest,
  UnitRequestMessage,
} from './movement.entity.js';
import {
  ActivityInput,
  PeriodInput,
  TargetInput,
  UnitIdeaInput,
  UnitPlanInput,
  UnitRequestInput,
  WeightInput,
} from './movement.inputs.js';
import {
  BreakdownProgressView,
  CriterionWeight,
  FigureIdea,
  FigureMetric,
  KpiTable,
  PlanCoverageView,
  ScoreboardView,
  TargetProgress,
} from './movement.types.js';
import * as movement from './movement.service.js';
import * as targets from './target.service.js';
import * as boards from './scoreboard.service.js';
import { figuresView, movementKpis, periodView } from './dashboard.service.js';
import type { Scoreboard } from './scoreboard.service.js';

function boardView(b: Scoreboard): ScoreboardView {
  return {
    ...b,
    weights: Object.entries(b.weights).map(([criterion, weight]) => ({
      criterion: criterion as CriterionWeight['criterion'],
      weight,
    })),
    rows: b.rows.map((r) => ({
      ...r,
      figures: figuresView({ ...r.figures, byProgramme: r.byProgramme }),
    })),
  };
}

@Resolver()
export class MovementResolver {
  // Participant groups ---------------------------------------------------------------------

  @Query(() => [ParticipantGroup], {
    description:
      'Danh mục nhóm đối tượng của xã (công khai, cho biểu mẫu gửi ý tưởng); includeRetired cho cán bộ',
  })
  participantGroups(
    @Ctx() ctx: Context,
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
  ): Promise<ParticipantGroup[]> {
    return movement.listParticipantGroups(ctx, includeRetired && isStaff(ctx.viewer));
  }

  @Mutation(() => ParticipantGroup, {
    description: 'Thêm (id trống) hoặc sửa, ngừng dùng một nhóm đối tượng (cơ quan đầu mối)',
  })
  saveParticipantGroup(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String) name: string,
    @Arg('nameEn', () => String, { nullable: true }) nameEn: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
  ): Promise<ParticipantGroup> {
    return movement.saveParticipantGroup(ctx, id, { name, nameEn, active });
  }

  // Targets -------------------------------------------------------------------------------

  @Query(() => [MovementTarget], {
    description:
      'Chỉ tiêu đã giao cho một kỳ (thủ trưởng đơn vị: mặc định và chỉ tiêu riêng của đơn vị mình)',
  })
  movementTargets(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<MovementTarget[]> {
    return targets.listTargets(ctx, period);
  }

  @Mutation(() => MovementTarget, {
    nullable: true,
    description: 'Giao (hoặc với value trống, xóa) một chỉ tiêu — chỉ cơ quan đầu mối',
  })
  setMovementTarget(
    @Ctx() ctx: Context,
    @Arg('input', () => TargetInput) input: TargetInput,
  ): Promise<MovementTarget | null> {
    return targets.setTarget(ctx, input);
  }

  @Query(() => TargetProgress, {
    description:
      'Tiến độ thực hiện chỉ tiêu của từng đơn vị (cơ quan đầu mối: mọi đơn vị; thủ trưởng: đơn vị mình)',
  })
  async targetProgress(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ): Promise<TargetProgress> {
    const r = await targets.unitProgress(ctx, period, unitId);
    return { period: periodView(r.period), units: r.units };
  }

  @Query(() => [BreakdownProgressView], {
    description: 'Tiến độ chỉ tiêu chung của xã theo lĩnh vực và nhóm đối tượng',
  })
  breakdownProgress(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<BreakdownProgressView[]> {
    return targets.breakdownProgress(ctx, period);
  }

  @Query(() => KpiTable, {
    description:
      'Số liệu phong trào theo đơn vị, loại địa bàn, lĩnh vực, nhóm đối tượng hoặc tháng',
  })
  movementKpis(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('by', () => KpiDimension) by: KpiDimension,
  ): Promise<KpiTable> {
    return movementKpis(ctx, period, by);
  }

  // Scoreboard ----------------------------------------------------------------------------

  @Query(() => ScoreboardView, {
    description:
      'Bảng điểm thi đua của một kỳ: bản đã chốt nếu có, nếu không thì tính theo dữ liệu hiện tại (thủ trưởng: dòng của đơn vị mình)',
  })
  async scoreboard(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<ScoreboardView> {
    return boardView(await boards.scoreboard(ctx, period));
  }

  @Query(() => [FigureIdea], {
    description: 'Các ý tưởng đứng sau một số liệu của một đơn vị trên bảng điểm',
  })
  async scoreboardIdeas(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('metric', () => FigureMetric) metric: FigureMetric,
  ): Promise<FigureIdea[]> {
    return boards.behindFigure(await boards.scoreboard(ctx, period), unitId, metric);
  }

  @Mutation(() => [CriterionWeight], { description: 'Đặt trọng số các tiêu chí (cơ quan đầu mối)' })
  async setScoreboardWeights(
    @Ctx() ctx: Context,
    @Arg('weights', () => [WeightInput]) weights: WeightInput[],
  ): Promise<CriterionWeight[]> {
    const w = await boards.setWeights(ctx, weights);
    return Object.entries(w).map(([criterion, weight]) => ({
      criterion: criterion as CriterionWeight['criterion'],
      weight,
    }));
  }

  @Mutation(() => ScoreboardView, {
    description:
      'Chốt bảng điểm của kỳ làm hồ sơ bình xét thi đua; bản đã chốt không đổi theo dữ liệu sau',
  })
  async freezeScoreboard(
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<ScoreboardView> {
    return boardView(await boards.freezeScoreboard(ctx, period));
  }

  // Plans ---------------------------------------------------------------------------------

  @Query(() => [UnitPlan], { description: 'Kế hoạch triển khai của các đơn vị trong năm' })
  unitPlans(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<UnitPlan[]> {
    return movement.listPlans(ctx, year);
  }

  @Mutation(() => UnitPlan, {
    description: 'Ghi kế hoạch triển khai của đơn vị (thủ trưởng, cơ quan đầu mối)',
  })
  saveUnitPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => UnitPlanInput) input: UnitPlanInput,
  ): Promise<UnitPlan> {
    return movement.saveUnitPlan(ctx, input);
  }

  @Query(() => PlanCoverageView, {
    description:
      'Tỷ lệ đơn vị có kế hoạch đã ban hành và đầu mối tiếp nhận hoạt động, với danh sách còn thiếu',
  })
  planCoverage(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<PlanCoverageView> {
    return movement.planCoverage(ctx, year);
  }

  // Activities ----------------------------------------------------------------------------

  @Query(() => [MovementActivity], { description: 'Hoạt động phong trào, mới nhất trước' })
  movementActivities(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Từ ngày (YYYY-MM-DD)' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Đến ngày (YYYY-MM-DD)' })
    to: string | null,
  ): Promise<MovementActivity[]> {
    return movement.listActivities(ctx, { unitId, from, to });
  }

  @Mutation(() => MovementActivity, {
    description: 'Ghi một hoạt động phong trào đơn vị đã tổ chức',
  })
  recordMovementActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => ActivityInput) input: ActivityInput,
  ): Promise<MovementActivity> {
    return movement.recordActivity(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Xóa một hoạt động ghi nhầm' })
  deleteMovementActivity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return movement.deleteActivity(ctx, id);
  }

  // Requests ------------------------------------------------------------------------------

  @Query(() => [UnitRequest], {
    description: 'Kiến nghị, đề nghị hỗ trợ của đơn vị (hạn gần trước)',
  })
  unitRequests(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('status', () => UnitRequestStatus, { nullable: true }) status: UnitRequestStatus | null,
  ): Promise<UnitRequest[]> {
    return movement.listUnitRequests(ctx, { unitId, status });
  }

  @Query(() => UnitRequest)
  unitRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UnitRequest> {
    return movement.unitRequest(ctx, id);
  }

  @Mutation(() => UnitRequest, {
    description: 'Đơn vị gửi khó khăn hoặc đề nghị hỗ trợ tới cơ quan đầu mối',
  })
  raiseUnitRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => UnitRequestInput) input: UnitRequestInput,
  ): Promise<UnitRequest> {
    return movement.raiseUnitRequest(ctx, input);
  }

  @Mutation(() => UnitRequest, {
    description:
      'Trả lời (cơ quan đầu mối, có thể đặt lại hạn), trao đổi thêm (đơn vị) hoặc đóng kiến nghị',
  })
  replyToUnitRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String, { nullable: true }) body: string | null,
    @Arg('dueOn', () => String, { nullable: true, description: 'Hạn mới (YYYY-MM-DD)' })
    dueOn: string | null,
    @Arg('close', () => Boolean, { defaultValue: false }) close: boolean,
  ): Promise<UnitRequest> {
    return movement.replyToUnitRequest(ctx, id, { body, dueOn, close });
  }

  // Unit ideas ----------------------------------------------------------------------------

  @Mutation(() => IdeaReceipt, {
    description: 'Thủ trưởng gửi ý tưởng thay mặt đơn vị (tác giả là đơn vị)',
  })
  submitUnitIdea(
    @Ctx() ctx: Context,
    @Arg('input', () => UnitIdeaInput) input: UnitIdeaInput,
  ): Promise<IdeaReceipt> {
    return movement.submitUnitIdea(ctx, input);
  }
}

@Resolver(() => MovementTarget)
export class MovementTargetResolver {
  @FieldResolver(() => ID, { nullable: true })
  phaseId(@Root() t: MovementTarget): string | null {
    return t.phase?.id ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() t: MovementTarget): Promise<Unit | null> | null {
    return t.unit ? (t.unit.load({ dataloader: true }) as Promise<Unit>) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  fieldId(@Root() t: MovementTarget): string | null {
    return t.field?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  participantGroupId(@Root() t: MovementTarget): string | null {
    return t.participantGroup?.id ?? null;
  }
}

@Resolver(() => UnitPlan)
export class UnitPlanResolver {
  @FieldResolver(() => Unit)
  unit(@Root() p: UnitPlan): Promise<Unit> {
    return p.unit.load({ dataloader: true }) as Promise<Unit>;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Tệp kế hoạch (tải qua /files/{id})' })
  fileId(@Root() p: UnitPlan): string | null {
    return p.file?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async fileName(@Root() p: UnitPlan): Promise<string | null> {
    return p.file ? ((await p.file.load({ dataloader: true }))?.fileName ?? null) : null;
  }

  @FieldResolver(() => ReceptionPoint, { nullable: true })
  receptionPoint(@Root() p: UnitPlan): Promise<ReceptionPoint | null> | null {
    return p.receptionPoint
      ? (p.receptionPoint.load({ dataloader: true }) as Promise<ReceptionPoint>)
      : null;
  }
}

@Resolver(() => MovementActivity)
export class MovementActivityResolver {
  @FieldResolver(() => Unit)
  unit(@Root() a: MovementActivity): Promise<Unit> {
    return a.unit.load({ dataloader: true }) as Promise<Unit>;
  }
}

@Resolver(() => UnitRequest)
export class UnitRequestResolver {
  @FieldResolver(() => Unit)
  unit(@Root() r: UnitRequest): Promise<Unit> {
    return r.unit.load({ dataloader: true }) as Promise<Unit>;
  }

  @FieldResolver(() => [UnitRequestMessage], { description: 'Trao đổi, cũ nhất trước' })
  messages(@Root() r: UnitRequest, @Ctx() ctx: Context): Promise<UnitRequestMessage[]> {
    return movement.requestMessages(ctx, r);
  }

  @FieldResolver(() => Boolean, { description: 'Quá hạn trả lời (chưa trả lời, đã qua hạn)' })
  overdue(@Root() r: UnitRequest, @Ctx() ctx: Context): boolean {
    return r.status === UnitRequestStatus.OPEN && r.dueOn < localDay(ctx.clock.now());
  }
}
