import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.js';
import { IdeaTracking } from '../idea/idea.types.js';
import { DataRequestStatus } from './data-request.enums.js';
import * as requests from './data-request.service.js';
import * as holidays from './holiday.service.js';
import { DataRequestInput, DataRequestView, PublicHolidayView } from './data-request.types.js';

@Resolver()
export class DataRequestResolver {
  @Query(() => [DataRequestView], {
    description: 'Hàng đợi yêu cầu của chủ thể dữ liệu (hạn 2 ngày làm việc)',
  })
  dataRequests(
    @Ctx() ctx: Context,
    @Arg('status', () => DataRequestStatus, { nullable: true }) status: DataRequestStatus | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue: boolean | null,
  ): Promise<DataRequestView[]> {
    return requests.listDataRequestViews(ctx, { status, overdue });
  }

  @Query(() => DataRequestView, {
    nullable: true,
    description: 'Một yêu cầu của chủ thể dữ liệu (cơ quan đầu mối)',
  })
  dataRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<DataRequestView | null> {
    return requests.dataRequestViewById(ctx, id);
  }

  @Mutation(() => IdeaTracking, {
    description: 'Tác giả gửi yêu cầu về dữ liệu cá nhân từ trang tra cứu',
  })
  fileDataRequest(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('input', () => DataRequestInput) input: DataRequestInput,
  ) {
    return requests.fileDataRequestAsAuthor(ctx, token, input);
  }

  @Mutation(() => DataRequestView, {
    description: 'Cán bộ ghi nhận yêu cầu của người đến trực tiếp',
  })
  async fileDataRequestInPerson(
    @Ctx() ctx: Context,
    @Arg('authorId', () => ID) authorId: string,
    @Arg('input', () => DataRequestInput) input: DataRequestInput,
  ): Promise<DataRequestView> {
    return requests.dataRequestView(
      ctx,
      await requests.fileDataRequestInPerson(ctx, authorId, input),
    );
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
    return requests.dataRequestView(ctx, await requests.completeDataRequest(ctx, id, note));
  }

  @Mutation(() => DataRequestView, { description: 'Từ chối yêu cầu với lý do và căn cứ pháp lý' })
  async refuseDataRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<DataRequestView> {
    return requests.dataRequestView(ctx, await requests.refuseDataRequest(ctx, id, reason));
  }

  @Query(() => [PublicHolidayView], { description: 'Ngày nghỉ lễ, Tết của một năm' })
  publicHolidays(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<PublicHolidayView[]> {
    return holidays.listPublicHolidays(ctx, year);
  }

  @Mutation(() => PublicHolidayView, { description: 'Thêm ngày nghỉ lễ, Tết' })
  addPublicHoliday(
    @Ctx() ctx: Context,
    @Arg('day', () => String) day: string,
    @Arg('name', () => String) name: string,
  ): Promise<PublicHolidayView> {
    return holidays.addPublicHoliday(ctx, day, name);
  }

  @Mutation(() => Boolean, { description: 'Bỏ một ngày nghỉ khỏi danh sách' })
  removePublicHoliday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return holidays.removePublicHoliday(ctx, id);
  }
}

/** The personal data a completed access or export request produced (see `dataRequestResult`). */
@Resolver(() => DataRequestView)
export class DataRequestResultResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Dữ liệu cá nhân đã tổng hợp (yêu cầu xem/xuất dữ liệu đã thực hiện; cơ quan đầu mối; mỗi lần xem được ghi nhật ký)',
  })
  result(
    @Root() view: DataRequestView,
    @Ctx() ctx: Context,
  ): Promise<Record<string, unknown> | null> {
    return requests.dataRequestResult(ctx, view);
  }
}
