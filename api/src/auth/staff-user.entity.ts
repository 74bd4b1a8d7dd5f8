import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Role } from '../common/roles.js';

@ObjectType({ description: 'Tài khoản cán bộ' })
@Entity({ tableName: 'staff_user' })
export class StaffUser extends TenantOwned<'active' | 'roles'> {
  @Field()
  @Property({ length: 254, unique: true })
  email: string;

  @Field()
  @Property({ length: 200 })
  fullName: string;

  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash: string;

  @Field(() => [Role])
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}
