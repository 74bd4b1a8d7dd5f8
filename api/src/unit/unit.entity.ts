import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { AreaType, UnitKind } from './unit.enums.js';

/** A name the unit bore until a rename (kept so old documents stay recognisable). */
export interface FormerUnitName {
  name: string;
  /** Last day (YYYY-MM-DD, Vietnam time) the unit bore this name. */
  until: string;
}

@ObjectType({ description: 'Phòng/ban, đoàn thể, thôn, trường học… của xã' })
@Entity({ tableName: 'unit' })
@Unique({ properties: ['tenant', 'code'] })
export class Unit extends TenantOwned<'active' | 'formerNames'> {
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

  @Field(() => Int, { nullable: true, description: 'Dân số (nếu biết)' })
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  parent?: Ref<Unit> | null;

  @Field({ description: 'Còn hoạt động (thôn có thể được sáp nhập)' })
  @Property({ default: true })
  active: boolean = true;

  /** The unit this one was merged into (it is then inactive; its ideas still point at it). */
  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' })
  mergedInto?: Ref<Unit> | null;

  @Field(() => Date, { nullable: true, description: 'Thời điểm sáp nhập vào đơn vị khác' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  mergedAt?: Date | null;

  @Property({ type: 'json', default: '[]' })
  formerNames: FormerUnitName[] = [];
}
