import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PrivacyNotice } from './consent.entity.js';
import {
  consentsToRenew,
  privacyNotice,
  privacyNoticeHistory,
  publishPrivacyNotice,
} from './consent.service.js';
import { PrivacyNoticeInput } from './consent.inputs.js';
import { ConsentToRenew } from './consent.types.js';

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

  @Query(() => [PrivacyNotice], {
    description: 'Mọi phiên bản thông báo xử lý dữ liệu cá nhân, mới nhất trước (quản trị xã)',
  })
  privacyNotices(@Ctx() ctx: Context): Promise<PrivacyNotice[]> {
    return privacyNoticeHistory(ctx);
  }

  @Mutation(() => PrivacyNotice, {
    description:
      'Ban hành phiên bản mới của thông báo xử lý dữ liệu cá nhân (từ nay sự đồng ý ghi số phiên bản mới)',
  })
  publishPrivacyNotice(
    @Ctx() ctx: Context,
    @Arg('input', () => PrivacyNoticeInput) input: PrivacyNoticeInput,
  ): Promise<PrivacyNotice> {
    return publishPrivacyNotice(ctx, input);
  }

  @Query(() => [ConsentToRenew], {
    description:
      'Tác giả cần xin lại sự đồng ý: đồng ý theo phiên bản thông báo cũ hơn phiên bản mới nhất đánh dấu "cần xin lại" (cơ quan đầu mối)',
  })
  consentsToRenew(@Ctx() ctx: Context): Promise<ConsentToRenew[]> {
    return consentsToRenew(ctx);
  }
}
