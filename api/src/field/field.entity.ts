import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field as GqlField, ObjectType, Int } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';

@ObjectType('Field', { description: 'Lĩnh vực của ý tưởng (danh mục chỉnh sửa được)' })
@Entity({ tableName: 'field' })
@Unique({ properties: ['tenant', 'code'] })
export class IdeaField extends TenantOwned<'active' | 'sortOrder'> {
  @GqlField()
  @Property({ length: 60 })
  code: string;

  @GqlField()
  @Property({ length: 200 })
  name: string;

  /** The name on English pages; when empty they show `name` (marked as Vietnamese). */
  @GqlField(() => String, { nullable: true, description: 'Tên tiếng Anh (trang tiếng Anh)' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn?: string | null;

  @GqlField(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @GqlField()
  @Property({ default: true })
  active: boolean = true;
}
