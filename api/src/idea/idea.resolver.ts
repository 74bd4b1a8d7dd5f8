import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { isStaff, mayReadInternalHistory, mayReadPersonalData } from '../common/access.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { Idea } from './idea.entity.js';
import { AuthorRole, IDEA_STATUS_LABEL } from './idea.enums.js';
import { IdeaOrderByInput, IdeaWhereInput, SubmitIdeaInput } from './idea.inputs.js';
import {
  Author,
  AuthorResponse,
  IdeaConnection,
  IdeaCounters,
  IdeaHistoryEntry,
  IdeaReceipt,
  IdeaTracking,
} from './idea.types.js';
import * as ideas from './idea.service.js';

export const ANONYMOUS_AUTHOR = 'Tác giả ẩn danh';

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
    return ideas.submitIdea(ctx, input);
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
    description: 'Tác giả; tên và liên hệ chỉ hiện với cán bộ có thẩm quyền',
  })
  async authors(@Root() idea: Idea, @Ctx() ctx: Context): Promise<Author[]> {
    const list = [...(await idea.authorships.load({ dataloader: true }))].sort(
      (a, b) =>
        Number(b.role === AuthorRole.LEAD) - Number(a.role === AuthorRole.LEAD) ||
        b.share - a.share,
    );
    if (!mayReadPersonalData(ctx.viewer, idea)) {
      return list.map((a) => ({
        role: a.role,
        share: a.share,
        displayName: ANONYMOUS_AUTHOR,
        contact: null,
      }));
    }
    const people = await Promise.all(list.map((a) => a.person.load({ dataloader: true })));
    return list.map((a, i) => {
      const p = people[i]!;
      return {
        role: a.role,
        share: a.share,
        displayName: p.fullName,
        contact: {
          fullName: p.fullName,
          email: p.email ?? null,
          phone: p.phone ?? null,
          address: p.address ?? null,
        },
      };
    });
  }

  @FieldResolver(() => [IdeaHistoryEntry], {
    description: 'Lịch sử xử lý: khách thấy các bước công khai; cán bộ xử lý thấy đầy đủ',
  })
  async history(@Root() idea: Idea, @Ctx() ctx: Context): Promise<IdeaHistoryEntry[]> {
    const internal = mayReadInternalHistory(ctx.viewer, idea);
    const events = (await ctx.loaders.eventsByIdea.load(idea.id)).filter(
      (e) => internal || e.isPublic,
    );
    const names = internal
      ? await Promise.all(
          events.map((e) => (e.actor ? ctx.loaders.staffNames.load(e.actor.id) : null)),
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

  @FieldResolver(() => [AuthorResponse], {
    nullable: true,
    description: 'Phản hồi đã gửi tác giả (chỉ cán bộ xử lý; tác giả xem qua trackIdea)',
  })
  async responses(@Root() idea: Idea, @Ctx() ctx: Context): Promise<AuthorResponse[] | null> {
    if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
    const rows = await ctx.loaders.responsesByIdea.load(idea.id);
    return rows.map((r) => ({ id: r.id, kind: r.kind, body: r.body, sentAt: r.createdAt }));
  }

  @FieldResolver(() => Boolean, { description: 'Người xem có phải cán bộ đang xử lý ý tưởng này' })
  viewerWorksOnIt(@Root() idea: Idea, @Ctx() ctx: Context): boolean {
    return isStaff(ctx.viewer) && mayReadInternalHistory(ctx.viewer, idea);
  }
}
