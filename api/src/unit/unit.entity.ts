import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';

export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  VILLAGE = 'VILLAGE',
  SCHOOL = 'SCHOOL',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Loại đơn vị',
  valuesConfig: {
    DEPARTMENT: { description: 'Phòng, ban chuyên môn' },
    MASS_ORGANISATION: { description: 'Mặt trận, đoàn thể' },
    VILLAGE: { description: 'Thôn, bản, khu phố' },
    SCHOOL: { description: 'Trường học' },
    PUBLIC_SERVICE: { description: 'Đơn vị sự nghiệp công lập' },
    ENTERPRISE: { description: 'Doanh nghiệp, hợp tác xã, hội doanh nghiệp' },
    OTHER: { description: 'Khác' },
  },
});

export enum AreaType {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  MOUNTAIN = 'MOUNTAIN',
  REMOTE = 'REMOTE',
  SPECIAL_DIFFICULTY = 'SPECIAL_DIFFICULTY',
}
registerEnumType(AreaType, {
  name: 'AreaType',
  description: 'Loại địa bàn (§IV.2)',
  valuesConfig: {
    URBAN: { description: 'Đô thị' },
    RURAL: { description: 'Nông thôn' },
    MOUNTAIN: { description: 'Miền núi' },
    REMOTE: { description: 'Vùng sâu, vùng xa' },
    SPECIAL_DIFFICULTY: { description: 'Địa bàn đặc biệt khó khăn' },
  },
});

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
