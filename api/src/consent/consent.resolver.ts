import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PrivacyNotice } from './consent.entity.js';
import { privacyNotice } from './consent.service.js';

@Resolver(() => PrivacyNotice)
export class ConsentResolver {
  @Query(() => PrivacyNotice, {
    nullable: true,
    description:
      'Thông báo xử lý dữ liệu cá nhân hiện hành (hiển thị ở mọi nơi thu thập; gửi lại số phiên bản khi gửi ý tưởng)',
  })
  privacyNotice(@Ctx() ctx: Context): Promise<PrivacyNotice | null> {
    return privacyNotice(ctx);
  }
}
