import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { SupportPlan, SupportTask } from './support.entity.js';
import * as support from './support.service.js';
import { SupplementInput } from '../idea/triage.inputs.js';

@Resolver(() => SupportPlan)
export class SupportResolver {
  @Mutation(() => SupportPlan, { description: 'Thêm việc vào kế hoạch hỗ trợ' })
  addSupportTask(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('title', () => String) title: string,
    @Arg('dueAt', () => Date, { nullable: true }) dueAt: Date | null,
  ): Promise<SupportPlan> {
    return support.addTask(ctx, planId, title, dueAt);
  }

  @Mutation(() => SupportPlan, { description: 'Đánh dấu việc đã xong (hoặc chưa xong)' })
  setSupportTaskDone(
    @Ctx() ctx: Context,
    @Arg('taskId', () => ID) taskId: string,
    @Arg('done', () => Boolean) done: boolean,
  ): Promise<SupportPlan> {
    return support.setTaskDone(ctx, taskId, done);
  }

  @Mutation(() => Idea, {
    description: 'Ghi phiên bản mới hoàn thiện cùng tác giả trong bước hỗ trợ',
  })
  reviseIdeaInSupport(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('input', () => SupplementInput) input: SupplementInput,
  ): Promise<Idea> {
    return support.reviseDuringSupport(ctx, planId, input, input.note);
  }

  @Mutation(() => Idea, { description: 'Kết thúc hỗ trợ: ý tưởng chuyển (lại) Hội đồng đánh giá' })
  completeSupport(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
  ): Promise<Idea> {
    return support.completeSupport(ctx, planId, councilId, message);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Chuyên gia được giao' })
  async expertName(@Root() plan: SupportPlan): Promise<string | null> {
    return plan.expert
      ? ((await plan.expert.load({ dataloader: true })) as StaffUser).fullName
      : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() plan: SupportPlan): Promise<Unit | null> {
    return plan.unit ? ((await plan.unit.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => [SupportTask])
  async tasks(@Root() plan: SupportPlan): Promise<SupportTask[]> {
    return [...(await plan.tasks.load({ dataloader: true }))];
  }
}
