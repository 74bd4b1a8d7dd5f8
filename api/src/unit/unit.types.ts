import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Tên cũ của đơn vị (trước khi đổi tên)' })
export class FormerUnitNameView {
  @Field()
  name: string;

  @Field({ description: 'Ngày cuối cùng mang tên này (YYYY-MM-DD)' })
  until: string;
}

@ObjectType({ description: 'Cán bộ được phân công tiếp nhận tại một đầu mối' })
export class ReceptionOfficer {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}
