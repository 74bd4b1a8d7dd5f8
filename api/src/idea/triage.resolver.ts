import {
  Arg,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  registerEnumType,
  FieldResolver,
} from 'type-graphql';
import { raw } from '@mikro-orm/core';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayImportIdeas,
  maySeeIdeaEvent,
  mayTriage,
  type StaffViewer,
} from '../common/access.js';
import { ideaReadFilter } from './idea.access.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { IDEA_TOPIC, type IdeaEventPayload } from './idea.events.js';
import { viCollator } from '../common/text.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Role } from '../common/roles.js';
import { enqueueJob } from '../jobs/job.runner.js';
import { Job } from '../jobs/job.entity.js';
import { Attachment, AttachmentKind } from '../attachment/attachment.entity.js';
import { Idea } from './idea.entity.js';
import { IdeaStatus } from './idea.enums.js';
import { IdeaReceipt } from './idea.types.js';
import { InPersonIdeaInput } from './idea.inputs.js';
import { BulkTransitionInput, TransitionIdeaInput } from './triage.inputs.js';
import { BulkOutcomeView, ImportJobView, InboxSummary, StaffMember } from './triage.types.js';
import { IdeaStepInfo } from './triage.types.js';
import * as triage from './triage.service.js';
import { recordInPersonIdea } from './submission.service.js';
import { IMPORT_QUEUE } from './import.service.js';
import { SavedView } from './saved-view.entity.js';
import { isOverdue, effectiveDue } from './step.clock.js';

export enum IdeaActivityType {
  RECEIVED = 'RECEIVED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MESSAGE = 'MESSAGE',
  SUPPLEMENTED = 'SUPPLEMENTED',
  UPDATED = 'UPDATED',
}
registerEnumType(IdeaActivityType, {
  name: 'IdeaActivityType',
  valuesConfig: {
    RECEIVED: { description: 'Ý tưởng mới được tiếp nhận' },
    STATUS_CHANGED: { description: 'Trạng thái thay đổi' },
    MESSAGE: { description: 'Có tin mới trong luồng trao đổi' },
    SUPPLEMENTED: { description: 'Tác giả bổ sung thông tin' },
    UPDATED: { description: 'Cập nhật khác (phân công, thời hạn, công khai)' },
  },
});

@ObjectType({ description: 'Một sự kiện trực tiếp về ý tưởng' })
export class IdeaActivity {
  @Field(() => IdeaActivityType)
  type: IdeaActivityType;

  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => ID, { nullable: true })
  receptionPointId: string | null;
}

function viewerOf(ctx: Context): StaffViewer {
  return ctx.viewer as StaffViewer;
}

@Resolver(() => IdeaActivity)
export class IdeaActivityResolver {
  @Subscription(() => IdeaActivity, {
    topics: IDEA_TOPIC,
    description:
      'Ý tưởng mới đến và thay đổi của ý tưởng trong phạm vi của cán bộ (lọc theo đầu mối, đơn vị hoặc một ý tưởng). Hoạt động khi chạy nhiều tiến trình API (PostgreSQL LISTEN/NOTIFY); quyền được kiểm tra lại với từng sự kiện.',
    filter: ({ payload, args, context }) => {
      const p = payload as IdeaEventPayload;
      const ctx = context as Context;
      if (!maySeeIdeaEvent(ctx.viewer, p)) return false;
      if (args.receptionPointId && p.receptionPointId !== args.receptionPointId) return false;
      if (args.unitId && p.unitId !== args.unitId) return false;
      if (args.ideaId && p.ideaId !== args.ideaId) return false;
      if (args.types?.length && !args.types.includes(p.type)) return false;
      return true;
    },
  })
  ideaActivity(
    @Root() payload: IdeaEventPayload,
    @Arg('receptionPointId', () => ID, { nullable: true }) _receptionPointId: string | null,
    @Arg('unitId', () => ID, { nullable: true }) _unitId: string | null,
    @Arg('ideaId', () => ID, { nullable: true }) _ideaId: string | null,
    @Arg('types', () => [IdeaActivityType], { nullable: true }) _types: IdeaActivityType[] | null,
  ): IdeaActivity {
    return {
      type: payload.type as IdeaActivityType,
      ideaId: payload.ideaId,
      status: payload.status,
      at: new Date(payload.at),
      unitId: payload.unitId,
      receptionPointId: payload.receptionPointId,
    };
  }

  @FieldResolver(() => Idea, {
    nullable: true,
    description: 'Ý tưởng (đọc lại, theo quyền hiện tại)',
  })
  async idea(@Root() activity: IdeaActivity, @Ctx() ctx: Context): Promise<Idea | null> {
    // A long-lived subscription must not serve a stale identity map: read fresh each time.
    return ctx.em.fork().findOne(Idea, {
      $and: [{ id: activity.ideaId }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
    });
  }
}

@Resolver()
export class TriageResolver {
  @Mutation(() => Idea, {
    description: 'Ra quyết định xử lý: chuyển ý tưởng sang trạng thái mới theo quy trình',
  })
  transitionIdea(
    @Ctx() ctx: Context,
    @Arg('input', () => TransitionIdeaInput) input: TransitionIdeaInput,
  ) {
    return triage.transition(ctx, input);
  }

  @Mutation(() => [BulkOutcomeView], {
    description: 'Cùng một quyết định cho nhiều ý tưởng (mỗi ý tưởng một giao dịch)',
  })
  transitionIdeas(
    @Ctx() ctx: Context,
    @Arg('input', () => BulkTransitionInput) input: BulkTransitionInput,
  ) {
    return triage.transitionMany(ctx, input);
  }

  @Mutation(() => [Idea], {
    description: 'Phân công cán bộ xử lý (bỏ trống assigneeId để bỏ phân công)',
  })
  assignIdeas(
    @Ctx() ctx: Context,
    @Arg('ideaIds', () => [ID]) ideaIds: string[],
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
  ) {
    return triage.assign(ctx, ideaIds, assigneeId);
  }

  @Mutation(() => IdeaStepInfo, {
    description: 'Đặt hoặc gia hạn thời hạn của bước hiện tại (gia hạn cần lý do)',
  })
  async setIdeaDueDate(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('dueAt', () => Date) dueAt: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<IdeaStepInfo> {
    const step = await triage.setDueDate(ctx, ideaId, dueAt, reason);
    const now = ctx.clock.now();
    return {
      status: step.status,
      startedAt: step.startedAt,
      dueAt: effectiveDue(step, now),
      pausedAt: step.pausedAt ?? null,
      overdue: isOverdue(step, now),
    };
  }

  @Mutation(() => Idea, { description: 'Gửi tin nhắn cho tác giả trong luồng trao đổi' })
  async sendIdeaMessage(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('body', () => String) body: string,
  ): Promise<Idea> {
    await triage.sendMessage(ctx, ideaId, body);
    return ctx.em.findOneOrFail(Idea, { id: ideaId });
  }

  @Mutation(() => IdeaReceipt, {
    description:
      'Cán bộ tiếp nhận ghi nhận ý tưởng người dân mang đến đầu mối (kèm bản quét phiếu có chữ ký)',
  })
  recordInPersonIdea(
    @Ctx() ctx: Context,
    @Arg('input', () => InPersonIdeaInput) input: InPersonIdeaInput,
  ) {
    return recordInPersonIdea(ctx, input);
  }

  @Query(() => InboxSummary, {
    description: 'Số ý tưởng theo trạng thái, quá hạn, chưa phân công (trong phạm vi người xem)',
  })
  async inboxSummary(@Ctx() ctx: Context): Promise<InboxSummary> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    const qb = ctx.em
      .createQueryBuilder(Idea, 'i')
      .where(ideaReadFilter(ctx.viewer, ctx.tenant.id) as never);
    const now = ctx.clock.now();
    const rows = (await qb
      .select([
        'i.status',
        raw('count(*) as n'),
        raw('count(*) filter (where i.assignee_id is null) as unassigned'),
        raw(
          `count(*) filter (where exists (select 1 from idea_step s where s.idea_id = i.id and s.ended_at is null
             and s.paused_at is null and s.due_at is not null
             and s.due_at + (s.paused_ms * interval '1 millisecond') < ?)) as overdue`,
          [now],
        ),
      ])
      .groupBy('i.status')
      .execute()) as { status: IdeaStatus; n: string; unassigned: string; overdue: string }[];
    return {
      byStatus: rows.map((r) => ({ status: r.status, count: Number(r.n) })),
      overdue: rows.reduce((s, r) => s + Number(r.overdue), 0),
      unassigned: rows
        .filter((r) => r.status !== IdeaStatus.DUPLICATE && r.status !== IdeaStatus.WITHDRAWN)
        .reduce((s, r) => s + Number(r.unassigned), 0),
    };
  }

  @Query(() => [StaffMember], { description: 'Cán bộ của xã (để phân công)' })
  async staffMembers(
    @Ctx() ctx: Context,
    @Arg('roles', () => [Role], {
      nullable: true,
      description:
        'Chỉ những tài khoản có một trong các vai trò này (mặc định: cán bộ xử lý ý tưởng); ví dụ COUNCIL_MEMBER để chọn thành viên Hội đồng',
    })
    roles: Role[] | null,
  ): Promise<StaffMember[]> {
    assertAllowed(ctx.viewer, mayTriage(ctx.viewer));
    const users = await ctx.em.find(
      StaffUser,
      {
        tenant: ctx.tenant.id,
        active: true,
        roles: {
          $overlap: roles?.length
            ? roles
            : [Role.HUB, Role.RECEPTION_OFFICER, Role.UNIT_HEAD, Role.ADMIN],
        },
      },
      { populate: ['unit'] },
    );
    return users
      .map((u) => ({ id: u.id, fullName: u.fullName, unitName: u.unit?.getEntity()?.name ?? null }))
      .sort((a, b) => viCollator.compare(a.fullName, b.fullName));
  }

  @Mutation(() => ImportJobView, {
    description:
      'Nhập ý tưởng từ bảng tính (XLSX/CSV đã tải lên). dryRun chỉ kiểm tra; khi nhập thật, các dòng hợp lệ được ghi trong một giao dịch.',
  })
  async startIdeaImport(
    @Ctx() ctx: Context,
    @Arg('attachmentId', () => ID) attachmentId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Arg('skipInvalidRows', () => Boolean, { defaultValue: false }) skipInvalidRows: boolean,
  ): Promise<ImportJobView> {
    assertAllowed(
      ctx.viewer,
      mayImportIdeas(ctx.viewer),
      'Chỉ cơ quan đầu mối được nhập ý tưởng từ bảng tính.',
    );
    const viewer = viewerOf(ctx);
    const file = isUuid(attachmentId)
      ? await ctx.em.findOne(Attachment, {
          id: attachmentId,
          tenant: ctx.tenant.id,
          kind: AttachmentKind.IMPORT_SOURCE,
        })
      : null;
    if (!file)
      throw new BadInputError({ attachmentId: 'Không tìm thấy tệp bảng tính đã tải lên.' });
    const job = await ctx.em.fork().transactional((tx) =>
      enqueueJob(
        tx,
        IMPORT_QUEUE,
        {
          attachmentId,
          tenantId: ctx.tenant.id,
          userId: viewer.userId,
          userName: viewer.fullName,
          dryRun,
          skipInvalid: skipInvalidRows,
        },
        {
          runAt: ctx.clock.now(),
          tenantId: ctx.tenant.id,
          createdBy: viewer.userId,
          maxAttempts: 1,
        },
      ),
    );
    return toImportView(job);
  }

  @Query(() => ImportJobView, {
    nullable: true,
    description: 'Tiến độ và báo cáo của một lần nhập',
  })
  async ideaImport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<ImportJobView | null> {
    assertAllowed(ctx.viewer, mayImportIdeas(ctx.viewer));
    if (!isUuid(id)) return null;
    const job = await ctx.em.findOne(Job, { id, tenantId: ctx.tenant.id, queue: IMPORT_QUEUE });
    return job ? toImportView(job) : null;
  }

  @Query(() => [SavedView], { description: 'Bộ lọc hộp ý tưởng đã lưu của tôi' })
  savedViews(@Ctx() ctx: Context): Promise<SavedView[]> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    return ctx.em.find(SavedView, { owner: viewerOf(ctx).userId }, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => SavedView, { description: 'Lưu bộ lọc hộp ý tưởng (cùng tên thì ghi đè)' })
  async saveView(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('filters', () => String, {
      description: 'Chuỗi truy vấn của trang hộp ý tưởng, ví dụ "trang-thai=SUBMITTED&qua-han=co"',
    })
    filters: string,
  ): Promise<SavedView> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    const v = new Validator();
    const clean = v.text('name', name, { label: 'tên bộ lọc', required: true, max: 100 });
    if (filters.length > 2000) v.add('filters', 'Bộ lọc quá dài.');
    v.throwIfInvalid();
    const params: Record<string, string[]> = {};
    for (const [k, val] of new URLSearchParams(filters)) (params[k] ??= []).push(val);
    const owner = viewerOf(ctx).userId;
    const existing = await ctx.em.findOne(SavedView, { owner, name: clean! });
    const view =
      existing ??
      ctx.em.create(SavedView, {
        tenant: ctx.tenant.id,
        owner,
        name: clean!,
        filters: params,
        createdAt: ctx.clock.now(),
      });
    view.filters = params;
    await ctx.em.flush();
    return view;
  }

  @Mutation(() => Boolean)
  async deleteView(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    assertAllowed(ctx.viewer, isStaff(ctx.viewer));
    if (!isUuid(id)) throw new NotFoundError();
    return (await ctx.em.nativeDelete(SavedView, { id, owner: viewerOf(ctx).userId })) > 0;
  }
}

export function toImportView(job: Job): ImportJobView {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress ?? null,
    error: job.lastError ?? null,
    report: job.result ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
  };
}
