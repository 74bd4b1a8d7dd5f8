import {
  Collection,
  Entity,
  Index,
  ManyToMany,
  ManyToOne,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from './unit.entity.js';

@ObjectType({ description: 'Đầu mối tiếp nhận ý tưởng của một đơn vị' })
@Entity({ tableName: 'reception_point' })
export class ReceptionPoint extends TenantOwned<'active'> {
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit: Ref<Unit>;

  @Field()
  @Property({ length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Giờ tiếp nhận' })
  @Property({ type: 'string', length: 200, nullable: true })
  openingHours?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  /** Staff accounts assigned to take ideas here (the join table belongs to the point). */
  @ManyToMany(() => StaffUser, undefined, {
    pivotTable: 'reception_point_officer',
    joinColumn: 'reception_point_id',
    inverseJoinColumn: 'staff_user_id',
  })
  officers = new Collection<StaffUser>(this);
}
