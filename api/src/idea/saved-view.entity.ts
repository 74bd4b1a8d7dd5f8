import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';

/** A named inbox filter a staff member saved. */
@ObjectType({ description: 'Bộ lọc hộp ý tưởng đã lưu' })
@Entity({ tableName: 'saved_view' })
export class SavedView extends TenantOwned {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  owner: Ref<StaffUser>;

  @Field()
  @Property({ length: 100 })
  name: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Tham số bộ lọc (như trên địa chỉ trang hộp ý tưởng)',
  })
  @Property({ type: 'json' })
  filters: Record<string, unknown>;
}
