import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Phiên bản mới của thông báo xử lý dữ liệu cá nhân' })
export class PrivacyNoticeInput {
  @Field()
  title: string;

  @Field()
  body: string;

  @Field({
    description: 'Thay đổi điều tác giả đã đồng ý: cần xin lại sự đồng ý theo phiên bản mới',
  })
  requiresFreshConsent: boolean;
}
