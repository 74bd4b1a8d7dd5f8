import { Field, ID, InputType, Int } from 'type-graphql';
import { AreaType, UnitKind } from './unit.enums.js';

@InputType({ description: 'Thông tin một đơn vị (thêm mới hoặc sửa)' })
export class UnitInput {
  @Field({ description: 'Mã đơn vị, duy nhất trong xã (chữ thường không dấu, số, gạch nối)' })
  code: string;

  @Field({ description: 'Tên đơn vị; đổi tên thì tên cũ được lưu lại kèm ngày' })
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => AreaType)
  areaType: AreaType;

  @Field(() => Int, { nullable: true, description: 'Dân số (nếu biết)' })
  population?: number | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên' })
  parentId?: string | null;
}

@InputType({ description: 'Thông tin một đầu mối tiếp nhận (thêm mới hoặc sửa)' })
export class ReceptionPointInput {
  @Field(() => ID)
  unitId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Giờ tiếp nhận' })
  openingHours?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Cán bộ tiếp nhận được phân công' })
  officerIds: string[];

  @Field({ defaultValue: true })
  active: boolean;
}
