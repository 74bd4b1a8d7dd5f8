import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Tác giả có sự đồng ý theo phiên bản thông báo cũ hơn phiên bản cần xin lại sự đồng ý',
})
export class ConsentToRenew {
  @Field(() => ID)
  ideaId: string;

  @Field()
  trackingCode: string;

  @Field()
  title: string;

  @Field()
  authorName: string;

  @Field(() => Int, { description: 'Phiên bản thông báo khi tác giả đồng ý' })
  noticeVersion: number;
}
