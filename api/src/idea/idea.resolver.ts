import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import {
  mayTriage,
  isStaff,
  mayReadInternalHistory,
  mayReadPersonalData,
  reviewedIdeaIds,
  seesWholeTenant,
} from '../common/access.js';
import { ideaReadFilter } from './idea.access.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { Idea } from './idea.entity.js';
import { hasConsent, isCredited } from '../rights/rights.gate.js';
import { consentRecords, consentSummary } from '../rights/consent.view.js';
import { ConsentRecord, ConsentSummary } from '../rights/rights.types.js';
import { ConsentKind } from '../consent/consent.entity.js';
import { AuthorRole, IDEA_STATUS_LABEL, IdeaStatus } from './idea.enums.js';
import { TRANSITIONS } from './idea.workflow.js';
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
import { submitIdea } from './submission.service.js';
import { similarIdeas } from './triage.service.js';
import { effectiveDue, isOverdue } from './step.clock.js';
import { IdeaRevision } from './idea.entity.js';
import { Attachment, REVIEWER_FILE_KINDS } from '../attachment/attachment.entity.js';
import { Review } from '../council/council.entity.js';
import { SupportPlan } from '../support/support.entity.js';
import { Adoption, Pilot } from '../pilot/pilot.entity.js';
import { IdeaRevisionView, IdeaStepInfo, SimilarIdea, StaffMember } from './triage.types.js';
import { authLoaders } from '../auth/auth.loaders.js';
import { consentLoaders } from '../consent/consent.loaders.js';
import { ideaLoaders } from './idea.loaders.js';
import { pilotLoaders } from '../pilot/pilot.loaders.js';

export const ANONYMOUS_AUTHOR = 'Tác giả ẩn danh';

/** What the public sees of a credited author besides the name. */
const PUBLIC_AUTHOR = {
  id: null,
  personId: null,
  contact: null,
  confirmed: true,
  declined: false,
  invitationPending: false,
  invitationExpiresAt: null,
  isMinor: false,
  restricted: false,
  anonymised: false,
  guardian: null,
  guardianRelation: null,
  consentSummary: null,
  consents: null,
};

/** The ideas the viewer reviews on a council, read once per request (list views ask per idea). */
function reviewedByViewer(ctx: Context): Promise<Set<string>> {
  return ctx.loaders.memo('reviewedIdeaIds', () => reviewedIdeaIds(ctx.em, ctx.viewer));
}

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
  ): Promise<IdeaConnection> {
    return IdeaConnection.from(await ideas.listIdeas(ctx, { where, orderBy, first, after }));
  }

  @Query(() => Idea, { nullable: true, description: 'Một ý tưởng, nếu người xem được phép thấy' })
  idea(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Idea | null> {
    return ideas.getIdea(ctx, id);
  }

  @Mutation(() => IdeaReceipt, { description: 'Gửi ý tưởng; trả về giấy biên nhận sau khi đã lưu' })
  submitIdea(@Ctx() ctx: Context, @Arg('input', () => SubmitIdeaInput) input: SubmitIdeaInput) {
    return submitIdea(ctx, input);
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
    return mayReadPersonalData(ctx.viewer, idea) ? idea.trackingCode : null;
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() idea: Idea): Promise<Campaign> {
    return idea.campaign.load({ dataloader: true }) as Promise<Campaign>;
  }

  @FieldResolver(() => [IdeaField])
  async fields(@Root() idea: Idea): Promise<IdeaField[]> {
    const items = await idea.fields.load({ dataloader: true });
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() idea: Idea): Promise<Unit | null> {
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
  async authors(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Author[]> {
    const all = [...(await idea.authorships.load({ dataloader: true }))].sort(
      (a, b) =>
        Number(b.role === AuthorRole.LEAD) - Number(a.role === AuthorRole.LEAD) ||
        b.share - a.share,
    );
    const staffView = mayReadPersonalData(ctx.viewer, idea);
    const shown = staffView ? all : all.filter(isCredited);
    const people = await Promise.all(shown.map((a) => a.person.load({ dataloader: true })));
    if (!staffView) {
      // A council member reviewing the idea needs the names to declare conflicts of interest;
      // anyone else sees the names only of authors who allowed it (a minor's guardian too).
      const reviewer = (await reviewedByViewer(ctx)).has(idea.id);
      if (reviewer) await ctx.personalData.record(idea.id);
      const consents = await Promise.all(
        shown.map((a) => consentLoaders(ctx).consentsByAuthorship.load(a.id)),
      );
      return shown.map((a, i) => {
        const p = people[i]!;
        const named = reviewer || hasConsent(a, consents[i]!, ConsentKind.SHOW_NAME);
        return {
          ...PUBLIC_AUTHOR,
          role: a.role,
          kind: p.kind,
          share: a.share,
          displayName: named && !p.anonymisedAt ? p.fullName : ANONYMOUS_AUTHOR,
        };
      });
    }
    const [guardians] = await Promise.all([
      Promise.all(shown.map((a) => (a.guardian ? a.guardian.load({ dataloader: true }) : null))),
      ctx.personalData.record(idea.id),
    ]);
    // A person who restricted processing: only the hub still sees how to reach them.
    const hub = seesWholeTenant(ctx.viewer);
    return shown.map((a, i) => {
      const p = people[i]!;
      const g = guardians[i];
      const hidden = Boolean(p.restrictedAt) && !hub;
      return {
        id: a.id,
        role: a.role,
        kind: p.kind,
        share: a.share,
        displayName: p.fullName,
        confirmed: Boolean(a.confirmedAt),
        personId: p.id,
        declined: Boolean(a.declinedAt),
        invitationPending: Boolean(a.invitationHash),
        invitationExpiresAt: a.invitationHash ? (a.invitationExpiresAt ?? null) : null,
        isMinor: a.isMinor,
        restricted: Boolean(p.restrictedAt),
        anonymised: Boolean(p.anonymisedAt),
        contact: hidden
          ? null
          : {
              fullName: p.fullName,
              email: p.email ?? null,
              phone: p.phone ?? null,
              address: p.address ?? null,
            },
        guardian:
          g && !hidden
            ? {
                fullName: g.fullName,
                email: g.email ?? null,
                phone: g.phone ?? null,
                address: null,
              }
            : null,
        guardianRelation: a.guardianRelation ?? null,
        consentSummary: null,
        consents: null,
        authorship: a,
      };
    });
  }

  @FieldResolver(() => [IdeaHistoryEntry], {
    description: 'Lịch sử xử lý: khách thấy các bước công khai; cán bộ xử lý thấy đầy đủ',
  })
  async history(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaHistoryEntry[]> {
    const internal = mayReadInternalHistory(ctx.viewer, idea);
    const events = (await ideaLoaders(ctx).eventsByIdea.load(idea.id)).filter(
      (e) => internal || e.isPublic,
    );
    const names = internal
      ? await Promise.all(
          events.map((e) => (e.actor ? authLoaders(ctx).staffNames.load(e.actor.id) : null)),
        )
      : [];
    return events.map((e, i) => ({
      id: e.id,
      kind: e.kind,
      at: e.createdAt,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      note: e.publicNote ?? null,
      reason: internal ? (e.reason ?? null) : null,
      actorName: internal ? (names[i] ?? null) : null,
    }));
  }

  @FieldResolver(() => [ThreadMessage], {
    nullable: true,
    description: 'Luồng trao đổi với tác giả (chỉ cán bộ xử lý; tác giả xem qua trackIdea)',
  })
  async thread(@Root() idea: Idea, @Ctx() ctx: Context): Promise<ThreadMessage[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    const rows = await ideaLoaders(ctx).messagesByIdea.load(idea.id);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      direction: r.direction,
      body: r.body,
      sentAt: r.createdAt,
      missing: r.missing ?? [],
    }));
  }

  @FieldResolver(() => [IdeaRevisionView], {
    nullable: true,
    description: 'Các phiên bản nội dung, cũ nhất trước (chỉ cán bộ xử lý)',
  })
  async revisions(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaRevisionView[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    const rows = await ctx.em.find(IdeaRevision, { idea: idea.id }, { orderBy: { number: 'asc' } });
    const fieldIds = [...new Set(rows.flatMap((r) => r.fieldIds))];
    const fields = fieldIds.length ? await ctx.em.find(IdeaField, { id: { $in: fieldIds } }) : [];
    const byId = new Map(fields.map((f) => [f.id, f]));
    return rows.map((r) => ({
      number: r.number,
      source: r.source,
      createdAt: r.createdAt,
      title: r.title,
      problem: r.problem,
      solution: r.solution,
      benefit: r.benefit,
      requirements: r.requirements ?? null,
      maturity: r.maturity,
      fields: r.fieldIds.map((id) => byId.get(id)).filter((f): f is IdeaField => Boolean(f)),
      note: r.note ?? null,
      digest: r.digest,
    }));
  }

  @FieldResolver(() => [Attachment], {
    nullable: true,
    description: 'Tệp đính kèm (chỉ cán bộ xử lý)',
  })
  async attachments(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Attachment[] | null> {
    if (mayReadInternalHistory(ctx.viewer, idea))
      return ctx.em.find(Attachment, { idea: idea.id }, { orderBy: { createdAt: 'asc' } });
    // Council members reviewing the idea get its supporting documents (not the signed forms).
    if (!(await reviewedByViewer(ctx)).has(idea.id)) return null;
    return ctx.em.find(
      Attachment,
      { idea: idea.id, kind: { $in: REVIEWER_FILE_KINDS } },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  @FieldResolver(() => IdeaStepInfo, {
    nullable: true,
    description: 'Bước hiện tại và thời hạn (chỉ cán bộ)',
  })
  async currentStep(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaStepInfo | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    const step = await ideaLoaders(ctx).openStepByIdea.load(idea.id);
    if (!step) return null;
    const now = ctx.clock.now();
    return {
      status: step.status,
      startedAt: step.startedAt,
      dueAt: effectiveDue(step, now),
      pausedAt: step.pausedAt ?? null,
      overdue: isOverdue(step, now),
    };
  }

  @FieldResolver(() => Idea, {
    nullable: true,
    description: 'Ý tưởng tiếp nhận trước mà ý tưởng này trùng',
  })
  async duplicateOf(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Idea | null> {
    if (!idea.duplicateOf) return null;
    return ctx.em.findOne(Idea, {
      $and: [{ id: idea.duplicateOf.id }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
    });
  }

  @FieldResolver(() => [SimilarIdea], {
    nullable: true,
    description:
      'Ý tưởng tiếp nhận trước có nội dung tương tự, xếp theo mức tương đồng (để phát hiện trùng lặp; chỉ cán bộ xử lý)',
  })
  async similarIdeas(
    @Root() idea: Idea,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<SimilarIdea[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    const rows = await similarIdeas(ctx.em, idea, Math.min(Math.max(first, 1), 20));
    const found = await ctx.em.find(Idea, {
      $and: [{ id: { $in: rows.map((r) => r.id) } }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
    });
    const byId = new Map(found.map((i) => [i.id, i]));
    return rows
      .filter((r) => byId.has(r.id))
      .map((r) => ({ idea: byId.get(r.id)!, score: r.score }));
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Cán bộ được phân công xử lý' })
  async assignee(@Root() idea: Idea, @Ctx() ctx: Context): Promise<StaffMember | null> {
    if (!idea.assignee || !isStaff(ctx.viewer)) return null;
    const name = await authLoaders(ctx).staffNames.load(idea.assignee.id);
    return name ? { id: idea.assignee.id, fullName: name, unitName: null } : null;
  }

  @FieldResolver(() => [Review], {
    nullable: true,
    description: 'Các lượt Hội đồng đánh giá (cán bộ xử lý)',
  })
  async reviews(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Review[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    return ctx.em.find(Review, { idea: idea.id }, { orderBy: { assignedAt: 'desc' } });
  }

  @FieldResolver(() => [SupportPlan], {
    nullable: true,
    description: 'Hỗ trợ hoàn thiện (cán bộ xử lý)',
  })
  async supportPlans(@Root() idea: Idea, @Ctx() ctx: Context): Promise<SupportPlan[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    return ctx.em.find(SupportPlan, { idea: idea.id }, { orderBy: { createdAt: 'desc' } });
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
    if (!mayTriage(ctx.viewer) || !mayReadInternalHistory(ctx.viewer, idea)) return [];
    // While a council reviews the idea, its chair decides the next step, not the hub.
    if (idea.status === IdeaStatus.UNDER_REVIEW) return [];
    return TRANSITIONS[idea.status].filter((s) => s !== IdeaStatus.WITHDRAWN);
  }

  @FieldResolver(() => Boolean, { description: 'Người xem có phải cán bộ đang xử lý ý tưởng này' })
  viewerWorksOnIt(@Root() idea: Idea, @Ctx() ctx: Context): boolean {
    return isStaff(ctx.viewer) && mayReadInternalHistory(ctx.viewer, idea);
  }
}

/** Consent fields of a staff view of an author, batched across the page only when selected. */
@Resolver(() => Author)
export class AuthorConsentResolver {
  @FieldResolver(() => [ConsentSummary], { nullable: true })
  async consentSummary(
    @Root() author: Author,
    @Ctx() ctx: Context,
  ): Promise<ConsentSummary[] | null> {
    if (!author.authorship) return null;
    const rows = await consentLoaders(ctx).consentsByAuthorship.load(author.authorship.id);
    return consentSummary(author.authorship, rows);
  }

  @FieldResolver(() => [ConsentRecord], { nullable: true })
  async consents(@Root() author: Author, @Ctx() ctx: Context): Promise<ConsentRecord[] | null> {
    if (!author.authorship) return null;
    return consentRecords(
      await consentLoaders(ctx).consentsByAuthorship.load(author.authorship.id),
    );
  }
}
