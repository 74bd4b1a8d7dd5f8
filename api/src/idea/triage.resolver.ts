import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../context.js';
import { IDEA_TOPIC, type IdeaEventPayload } from './idea.events.js';
import { Role } from '../common/roles.js';
import { Idea } from './idea.entity.js';
import { IdeaReceipt } from './idea.types.js';
import { InPersonIdeaInput } from './idea.inputs.js';
import { BulkTransitionInput, TransitionIdeaInput } from './triage.inputs.js';
import {
  BulkOutcomeView,
  IdeaActivity,
  IdeaStepInfo,
  ImportJobView,
  InboxSummary,
  StaffMember,
} from './triage.types.js';
import { IdeaActivityType } from './triage.enums.js';
import * as triage from './triage.service.js';
import * as savedViews from './saved-view.service.js';
import { recordInPersonIdea } from './submission.service.js';
import { getIdeaImport, startIdeaImport } from './import.service.js';
import { SavedView } from './saved-view.entity.js';

@Resolver(() => IdeaActivity)
export class IdeaActivityResolver {
  @Subscription(() => IdeaActivity, {
    topics: IDEA_TOPIC,
    description:
      'Ý tưởng mới đến và thay đổi của ý tưởng trong phạm vi của cán bộ (lọc theo đầu mối, đơn vị hoặc một ý tưởng). Hoạt động khi chạy nhiều tiến trình API (PostgreSQL LISTEN/NOTIFY); quyền được kiểm tra lại với từng sự kiện.',
    filter: ({ payload, args, context }) =>
      triage.mayReceiveIdeaActivity(context as Context, payload as IdeaEventPayload, args),
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
  idea(@Root() activity: IdeaActivity, @Ctx() ctx: Context): Promise<Idea | null> {
    return triage.activityIdea(ctx, activity.ideaId);
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

  @Mutation(() => Idea, {
    description:
      'Mở lại ý tưởng đã lưu trữ, theo dõi (về "Đã phân loại" để xử lý tiếp), kèm lý do; lịch sử giữ cả hai bước',
  })
  reopenIdea(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return triage.reopenIdea(ctx, ideaId, reason);
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
  setIdeaDueDate(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('dueAt', () => Date) dueAt: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<IdeaStepInfo> {
    return triage.setDueDateView(ctx, ideaId, dueAt, reason);
  }

  @Mutation(() => Idea, { description: 'Gửi tin nhắn cho tác giả trong luồng trao đổi' })
  sendIdeaMessage(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('body', () => String) body: string,
  ): Promise<Idea> {
    return triage.sendIdeaMessage(ctx, ideaId, body);
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
  inboxSummary(@Ctx() ctx: Context): Promise<InboxSummary> {
    return triage.inboxSummary(ctx);
  }

  @Query(() => [StaffMember], { description: 'Cán bộ của xã (để phân công)' })
  staffMembers(
    @Ctx() ctx: Context,
    @Arg('roles', () => [Role], {
      nullable: true,
      description:
        'Chỉ những tài khoản có một trong các vai trò này (mặc định: cán bộ xử lý ý tưởng); ví dụ COUNCIL_MEMBER để chọn thành viên Hội đồng',
    })
    roles: Role[] | null,
  ): Promise<StaffMember[]> {
    return triage.staffMembers(ctx, roles);
  }

  @Mutation(() => ImportJobView, {
    description:
      'Nhập ý tưởng từ bảng tính (XLSX/CSV đã tải lên). dryRun chỉ kiểm tra; khi nhập thật, các dòng hợp lệ được ghi trong một giao dịch.',
  })
  startIdeaImport(
    @Ctx() ctx: Context,
    @Arg('attachmentId', () => ID) attachmentId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Arg('skipInvalidRows', () => Boolean, { defaultValue: false }) skipInvalidRows: boolean,
  ): Promise<ImportJobView> {
    return startIdeaImport(ctx, attachmentId, dryRun, skipInvalidRows);
  }

  @Query(() => ImportJobView, {
    nullable: true,
    description: 'Tiến độ và báo cáo của một lần nhập',
  })
  ideaImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ImportJobView | null> {
    return getIdeaImport(ctx, id);
  }

  @Query(() => [SavedView], { description: 'Bộ lọc hộp ý tưởng đã lưu của tôi' })
  savedViews(@Ctx() ctx: Context): Promise<SavedView[]> {
    return savedViews.listSavedViews(ctx);
  }

  @Mutation(() => SavedView, { description: 'Lưu bộ lọc hộp ý tưởng (cùng tên thì ghi đè)' })
  saveView(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('filters', () => String, {
      description: 'Chuỗi truy vấn của trang hộp ý tưởng, ví dụ "trang-thai=SUBMITTED&qua-han=co"',
    })
    filters: string,
  ): Promise<SavedView> {
    return savedViews.saveView(ctx, name, filters);
  }

  @Mutation(() => Boolean)
  deleteView(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return savedViews.deleteView(ctx, id);
  }
}
