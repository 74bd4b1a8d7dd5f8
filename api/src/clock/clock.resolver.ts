import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { serverTime } from './clock.service.js';

@Resolver()
export class ClockResolver {
  @Query(() => Date, {
    description:
      'Thời điểm hiện tại theo đồng hồ của nền tảng: các ứng dụng dùng nó (không dùng đồng hồ của mình) để tính hạn, số ngày còn lại, quá hạn',
  })
  serverTime(@Ctx() ctx: Context): Date {
    return serverTime(ctx);
  }
}
