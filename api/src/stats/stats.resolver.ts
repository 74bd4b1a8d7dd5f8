import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { TransparencyStats } from './stats.types.js';
import { transparencyStats } from './stats.service.js';

@Resolver()
export class StatsResolver {
  @Query(() => TransparencyStats, {
    description:
      'Số liệu minh bạch (công khai): tiếp nhận, phản hồi, thời gian phản hồi, theo đơn vị, loại địa bàn, bước xử lý, lĩnh vực, tháng và kinh phí thử nghiệm của xã',
  })
  transparencyStats(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true, description: 'Chỉ một phong trào' })
    campaignId: string | null,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Chỉ ý tưởng tiếp nhận trong năm này (giờ Việt Nam)',
    })
    year: number | null,
    @Arg('phaseId', () => ID, {
      nullable: true,
      description: 'Chỉ ý tưởng tiếp nhận trong một giai đoạn của phong trào',
    })
    phaseId: string | null,
  ): Promise<TransparencyStats> {
    return transparencyStats(ctx, campaignId, { year, phaseId });
  }
}
