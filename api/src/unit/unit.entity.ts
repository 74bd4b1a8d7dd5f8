import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { AreaType, UnitKind } from './unit.enums.js';

@ObjectType({ description: 'Phòng/ban, đoàn thể, thôn, trường học… của xã' })
@Entity({ tableName: 'unit' })
@Unique({ properties: ['tenant', 'code'] })
export class Unit extends TenantOwned<'active'> {
  @Field({ description: 'Mã đơn vị, duy nhất trong xã' })
  @Property({ length: 40 })
  code: string;

  @Field()
  @Property({ length: 200 })
  name: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind: UnitKind;

  @Field(() => AreaType)
  @Enum({ items: () => AreaType })
  areaType: AreaType;

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  parent?: Ref<Unit> | null;

  @Field({ description: 'Còn hoạt động (thôn có thể được sáp nhập)' })
  @Property({ default: true })
  active: boolean = true;
}
