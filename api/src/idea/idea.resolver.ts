import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { selectionOf } from '../common/selection.js';
import { preloaded } from './public-list.service.js';
import type { Context } from '../context.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { Idea } from './idea.entity.js';
import { ConsentRecord, ConsentSummary } from '../rights/rights.types.js';
import { IDEA_STATUS_LABEL, IdeaStatus } from './idea.enums.js';
import { ForbiddenError } from '../common/errors.js';
import { IdeaOrderByInput, IdeaWhereInput, SubmitIdeaInput } from './idea.inputs.js';
import {
  Author,
  ThreadMessage,
  IdeaConnection,
  IdeaCounters,
  IdeaHistoryEntry,
  IdeaReceipt,
  IdeaTracking,
} from './idea.types.js';
import * as ideas from './idea.service.js';
import * as view from './idea-view.service.js';
import { submitIdea, validateIdeaSubmission } from './submission.service.js';
import { requestTrackingCodes } from './tracking-help.service.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { Review } from '../council/council.entity.js';
import { SupportPlan } from '../support/support.entity.js';
import { Adoption, Pilot } from '../pilot/pilot.entity.js';
import { IdeaRevisionView, IdeaStepInfo, SimilarIdea, StaffMember } from './triage.types.js';
import { pilotLoaders } from '../pilot/pilot.loaders.js';

@Resolver(() => Idea)
export class IdeaResolver {
  @Query(() => IdeaConnection, {
    description:
      'Danh sách ý tưởng người xem được phép thấy: khách chỉ thấy ý tưởng đã công khai; cán bộ thấy theo vai trò và đơn vị',
  })
  async ideas(
    @Ctx() ctx: Context,
    @Arg('where', () => IdeaWhereInput, { nullable: true }) where: IdeaWhereInput | null,
    @Arg('orderBy', () => IdeaOrderByInput, { nullable: true }) orderBy: IdeaOrderByInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Tối đa 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IdeaConnection> {
    // A partner's key for one unit lists that unit's ideas alone.
    const keyUnit = ctx.partner?.unitId;
    if (keyUnit) {
      if (where?.unitId && where.unitId !== keyUnit)
        throw new ForbiddenError('Khóa API này chỉ đọc được ý tưởng của thôn/đơn vị của khóa.');
      where = Object.assign(new IdeaWhereInput(), where ?? {}, { unitId: keyUnit });
    }
    return IdeaConnection.from(
      await ideas.listIdeas(ctx, { where, orderBy, first, after }, selectionOf(info)),
    );
  }

  @Query(() => Idea, { nullable: true, description: 'Một ý tưởng, nếu người xem được phép thấy' })
  idea(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Idea | null> {
    return ideas.getIdea(ctx, id, selectionOf(info));
  }

  @Mutation(() => IdeaReceipt, { description: 'Gửi ý tưởng; trả về giấy biên nhận sau khi đã lưu' })
  submitIdea(@Ctx() ctx: Context, @Arg('input', () => SubmitIdeaInput) input: SubmitIdeaInput) {
    return submitIdea(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Quên mã tra cứu: gửi mã của các ý tưởng đã ghi email/số điện thoại này tới chính email/số đó. Luôn trả về true (không cho biết có ý tưởng nào hay không); giới hạn theo địa chỉ mạng và theo liên hệ',
  })
  requestTrackingCodes(
    @Ctx() ctx: Context,
    @Arg('contact', () => String) contact: string,
  ): Promise<boolean> {
    return requestTrackingCodes(ctx, contact);
  }

  @Query(() => Boolean, {
    description:
      'Kiểm tra một đề xuất như submitIdea mà không lưu gì: trả về true, hoặc lỗi BAD_USER_INPUT với fieldErrors theo đường dẫn (biểu mẫu hiện mọi lỗi cùng lúc)',
  })
  validateIdeaSubmission(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitIdeaInput) input: SubmitIdeaInput,
  ): Promise<boolean> {
    return validateIdeaSubmission(ctx, input);
  }

  @Query(() => IdeaTracking, {
    description: 'Tác giả tra cứu ý tưởng bằng mã tra cứu và email/số điện thoại',
  })
  trackIdea(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('contact', () => String) contact: string,
  ): Promise<IdeaTracking> {
    return ideas.trackIdea(ctx, code, contact);
  }

  @Mutation(() => Idea, { description: 'Công khai hoặc thôi công khai ý tưởng (cơ quan đầu mối)' })
  setIdeaPublished(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
  ): Promise<Idea> {
    return ideas.setIdeaPublished(ctx, id, published);
  }

  @Query(() => IdeaCounters, { description: 'Số liệu tổng hợp (công khai)' })
  ideaCounters(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
  ): Promise<IdeaCounters> {
    return ideas.ideaCounters(ctx, campaignId);
  }

  @FieldResolver(() => String, { description: 'Tên trạng thái bằng tiếng Việt' })
  statusLabel(@Root() idea: Idea): string {
    return IDEA_STATUS_LABEL[idea.status];
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mã tra cứu (chỉ cán bộ xử lý)' })
  trackingCode(@Root() idea: Idea, @Ctx() ctx: Context): string | null {
    return view.ideaTrackingCode(ctx, idea);
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() idea: Idea): Promise<Campaign> {
    return idea.campaign.load({ dataloader: true }) as Promise<Campaign>;
  }

  @FieldResolver(() => [IdeaField])
  async fields(@Root() idea: Idea): Promise<IdeaField[]> {
    const pre = preloaded(idea)?.fields;
    if (pre) return pre;
    const items = await idea.fields.load({ dataloader: true });
    return [...items].sort(
      (a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() idea: Idea): Promise<Unit | null> {
    const pre = preloaded(idea);
    if (pre && pre.unit !== undefined) return pre.unit;
    return idea.unit ? ((await idea.unit.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => ReceptionPoint, { nullable: true })
  async receptionPoint(@Root() idea: Idea): Promise<ReceptionPoint | null> {
    return idea.receptionPoint
      ? ((await idea.receptionPoint.load({ dataloader: true })) ?? null)
      : null;
  }

  @FieldResolver(() => [Author], {
    description:
      'Tác giả. Khách chỉ thấy tác giả đã xác nhận, với tên khi tác giả đồng ý hiển thị tên; cán bộ xử lý thấy đủ (mỗi lần xem liên hệ được ghi nhật ký).',
  })
  authors(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Author[]> {
    const pre = preloaded(idea)?.authors;
    return pre ? Promise.resolve(pre) : view.ideaAuthors(ctx, idea);
  }

  @FieldResolver(() => [IdeaHistoryEntry], {
    description: 'Lịch sử xử lý: khách thấy các bước công khai; cán bộ xử lý thấy đầy đủ',
  })
  history(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaHistoryEntry[]> {
    return view.ideaHistory(ctx, idea);
  }

  @FieldResolver(() => [ThreadMessage], {
    nullable: true,
    description: 'Luồng trao đổi với tác giả (chỉ cán bộ xử lý; tác giả xem qua trackIdea)',
  })
  thread(@Root() idea: Idea, @Ctx() ctx: Context): Promise<ThreadMessage[] | null> {
    return view.ideaThread(ctx, idea);
  }

  @FieldResolver(() => [IdeaRevisionView], {
    nullable: true,
    description: 'Các phiên bản nội dung, cũ nhất trước (chỉ cán bộ xử lý)',
  })
  revisions(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaRevisionView[] | null> {
    return view.ideaRevisions(ctx, idea);
  }

  @FieldResolver(() => [Attachment], {
    nullable: true,
    description: 'Tệp đính kèm (chỉ cán bộ xử lý)',
  })
  attachments(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Attachment[] | null> {
    return view.ideaAttachments(ctx, idea);
  }

  @FieldResolver(() => IdeaStepInfo, {
    nullable: true,
    description: 'Bước hiện tại và thời hạn (chỉ cán bộ)',
  })
  currentStep(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaStepInfo | null> {
    return view.ideaCurrentStep(ctx, idea);
  }

  @FieldResolver(() => Idea, {
    nullable: true,
    description: 'Ý tưởng tiếp nhận trước mà ý tưởng này trùng',
  })
  duplicateOf(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Idea | null> {
    return view.ideaDuplicateOf(ctx, idea);
  }

  @FieldResolver(() => [SimilarIdea], {
    nullable: true,
    description:
      'Ý tưởng tiếp nhận trước có nội dung tương tự, xếp theo mức tương đồng (để phát hiện trùng lặp; chỉ cán bộ xử lý)',
  })
  similarIdeas(
    @Root() idea: Idea,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<SimilarIdea[] | null> {
    return view.ideaSimilar(ctx, idea, first);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Cán bộ được phân công xử lý' })
  assignee(@Root() idea: Idea, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return view.ideaAssignee(ctx, idea);
  }

  @FieldResolver(() => [Review], {
    nullable: true,
    description: 'Các lượt Hội đồng đánh giá (cán bộ xử lý)',
  })
  reviews(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Review[] | null> {
    return view.ideaReviews(ctx, idea);
  }

  @FieldResolver(() => [SupportPlan], {
    nullable: true,
    description: 'Hỗ trợ hoàn thiện (cán bộ xử lý)',
  })
  supportPlans(@Root() idea: Idea, @Ctx() ctx: Context): Promise<SupportPlan[] | null> {
    return view.ideaSupportPlans(ctx, idea);
  }

  @FieldResolver(() => [Pilot], { description: 'Thử nghiệm' })
  pilots(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Pilot[]> {
    return pilotLoaders(ctx).pilotsByIdea.load(idea.id);
  }

  @FieldResolver(() => [Adoption], { description: 'Đơn vị ứng dụng, nhân rộng' })
  adoptions(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Adoption[]> {
    return pilotLoaders(ctx).adoptionsByIdea.load(idea.id);
  }

  @FieldResolver(() => [IdeaStatus], {
    description:
      'Các trạng thái người xem được phép chuyển ý tưởng sang (rỗng nếu không có quyền ra quyết định)',
  })
  nextStatuses(@Root() idea: Idea, @Ctx() ctx: Context): IdeaStatus[] {
    return view.ideaNextStatuses(ctx, idea);
  }

  @FieldResolver(() => Boolean, { description: 'Người xem có phải cán bộ đang xử lý ý tưởng này' })
  viewerWorksOnIt(@Root() idea: Idea, @Ctx() ctx: Context): boolean {
    return view.viewerWorksOnIdea(ctx, idea);
  }
}

/** Consent fields of a staff view of an author, batched across the page only when selected. */
@Resolver(() => Author)
export class AuthorConsentResolver {
  @FieldResolver(() => [ConsentSummary], { nullable: true })
  consentSummary(@Root() author: Author, @Ctx() ctx: Context): Promise<ConsentSummary[] | null> {
    return view.authorConsentSummary(ctx, author);
  }

  @FieldResolver(() => [ConsentRecord], { nullable: true })
  consents(@Root() author: Author, @Ctx() ctx: Context): Promise<ConsentRecord[] | null> {
    return view.authorConsents(ctx, author);
  }
}
