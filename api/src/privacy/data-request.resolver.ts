import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.js';
import { assertAllowed, mayHandleDataRequests, seesWholeTenant } from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.entity.js';
import { authorFromToken, trackByToken } from '../idea/author.service.js';
import { IdeaTracking } from '../idea/idea.types.js';
import { actorFor } from '../rights/authorship.service.js';
import {
  DATA_REQUEST_KIND_LABEL,
  DataRequest,
  DataRequestKind,
  DataRequestStatus,
  PublicHoliday,
} from './data-request.entity.js';
import * as requests from './data-request.service.js';
import { DataRequestInput, DataRequestView } from './data-request.types.js';

function view(ctx: Context, r: DataRequest): DataRequestView {
  const person = r.person.getEntity();
  const idea = r.idea?.getEntity() ?? null;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: DATA_REQUEST_KIND_LABEL[r.kind],
    status: r.status,
    channel: r.channel,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    overdue:
      r.status === DataRequestStatus.RECEIVED && r.dueAt.getTime() < ctx.clock.now().getTime(),
    handledAt: r.handledAt ?? null,
    outcome: r.outcome ?? null,
    details: r.details ?? null,
    corrections: (r.corrections as Record<string, unknown> | null) ?? null,
    consentKinds: (r.consentKinds as DataRequestView['consentKinds']) ?? null,
    subjectName: person.fullName,
    subjectEmail: person.email ?? null,
    subjectPhone: person.phone ?? null,
    ideaId: idea?.id ?? null,
    ideaTitle: idea?.title ?? null,
    trackingCode: idea?.trackingCode ?? null,
    request: r,
  };
}

@ObjectType({ description: 'Ngày nghỉ lễ, Tết (không tính vào thời hạn ngày làm việc)' })
class PublicHolidayView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'yyyy-mm-dd' })
  day: string;

  @Field()
  name: string;
}

@Resolver()
export class DataRequestResolver {
  @Query(() => [DataRequestView], {
    description: 'Hàng đợi yêu cầu của chủ thể dữ liệu (hạn 2 ngày làm việc)',
  })
  async dataRequests(
    @Ctx() ctx: Context,
    @Arg('status', () => DataRequestStatus, { nullable: true }) status: DataRequestStatus | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue: boolean | null,
  ): Promise<DataRequestView[]> {
    const rows = await requests.listDataRequests(ctx, { status, overdue });
    return rows.map((r) => view(ctx, r));
  }

  @Query(() => DataRequestView, {
    nullable: true,
    description: 'Một yêu cầu của chủ thể dữ liệu (cơ quan đầu mối)',
  })
  async dataRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<DataRequestView | null> {
    const r = await requests.findDataRequest(ctx, id);
    return r ? view(ctx, r) : null;
  }

  @Mutation(() => IdeaTracking, {
    description: 'Tác giả gửi yêu cầu về dữ liệu cá nhân từ trang tra cứu',
  })
  async fileDataRequest(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('input', () => DataRequestInput) input: DataRequestInput,
  ) {
    const { authorship } = await authorFromToken(ctx, token);
    await requests.fileDataRequest(ctx, authorship, input);
    return trackByToken(ctx, token);
  }

  @Mutation(() => DataRequestView, {
    description: 'Cán bộ ghi nhận yêu cầu của người đến trực tiếp',
  })
  async fileDataRequestInPerson(
    @Ctx() ctx: Context,
    @Arg('authorId', () => ID) authorId: string,
    @Arg('input', () => DataRequestInput) input: DataRequestInput,
  ): Promise<DataRequestView> {
    return view(ctx, await requests.fileDataRequestInPerson(ctx, authorId, input));
  }

  @Mutation(() => DataRequestView, {
    description:
      'Thực hiện yêu cầu (xem, xuất, sửa, hạn chế, xóa/ẩn danh); kết quả gửi người yêu cầu',
  })
  async completeDataRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<DataRequestView> {
    return view(ctx, await requests.completeDataRequest(ctx, id, note));
  }

  @Mutation(() => DataRequestView, { description: 'Từ chối yêu cầu với lý do và căn cứ pháp lý' })
  async refuseDataRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<DataRequestView> {
    return view(ctx, await requests.refuseDataRequest(ctx, id, reason));
  }

  @Query(() => [PublicHolidayView], { description: 'Ngày nghỉ lễ, Tết của một năm' })
  async publicHolidays(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<PublicHolidayView[]> {
    assertAllowed(ctx.viewer, seesWholeTenant(ctx.viewer));
    return ctx.em.find(
      PublicHoliday,
      { tenant: ctx.tenant.id, day: { $like: `${String(year).padStart(4, '0')}-%` } },
      { orderBy: { day: 'asc' } },
    );
  }

  @Mutation(() => PublicHolidayView, { description: 'Thêm ngày nghỉ lễ, Tết' })
  async addPublicHoliday(
    @Ctx() ctx: Context,
    @Arg('day', () => String) day: string,
    @Arg('name', () => String) name: string,
  ): Promise<PublicHolidayView> {
    assertAllowed(ctx.viewer, mayHandleDataRequests(ctx.viewer));
    const v = new Validator();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
      v.add('day', 'Ngày không hợp lệ (yyyy-mm-dd).');
    const label = v.text('name', name, { label: 'tên ngày nghỉ', required: true, max: 200 });
    v.throwIfInvalid();
    if (await ctx.em.count(PublicHoliday, { tenant: ctx.tenant.id, day }))
      throw new ConflictError('Ngày này đã có trong danh sách ngày nghỉ.');
    const now = ctx.clock.now();
    const row = ctx.em.create(PublicHoliday, {
      tenant: ctx.tenant.id,
      day,
      name: label!,
      createdAt: now,
    });
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.SETTINGS_CHANGED,
      actor: actorFor(ctx),
      details: { holidayAdded: day },
      at: now,
    });
    await ctx.em.flush();
    return row;
  }

  @Mutation(() => Boolean, { description: 'Bỏ một ngày nghỉ khỏi danh sách' })
  async removePublicHoliday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    assertAllowed(ctx.viewer, mayHandleDataRequests(ctx.viewer));
    const row = isUuid(id)
      ? await ctx.em.findOne(PublicHoliday, { id, tenant: ctx.tenant.id })
      : null;
    if (!row) throw new NotFoundError('Không tìm thấy ngày nghỉ.');
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.SETTINGS_CHANGED,
      actor: actorFor(ctx),
      details: { holidayRemoved: row.day },
      at: ctx.clock.now(),
    });
    ctx.em.remove(row);
    await ctx.em.flush();
    return true;
  }
}

/**
 * The personal data a completed access or export request produced, so the hub can hand the file
 * to someone who came in person. Reading it is a read of personal data: it is audited.
 */
@Resolver(() => DataRequestView)
export class DataRequestResultResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Dữ liệu cá nhân đã tổng hợp (yêu cầu xem/xuất dữ liệu đã thực hiện; cơ quan đầu mối; mỗi lần xem được ghi nhật ký)',
  })
  async result(
    @Root() view: DataRequestView,
    @Ctx() ctx: Context,
  ): Promise<Record<string, unknown> | null> {
    const r = view.request;
    if (!r || !mayHandleDataRequests(ctx.viewer)) return null;
    if (r.kind !== DataRequestKind.ACCESS && r.kind !== DataRequestKind.EXPORT) return null;
    if (r.status !== DataRequestStatus.DONE || !r.result) return null;
    if (view.ideaId) await ctx.personalData.record(view.ideaId);
    return r.result;
  }
}
