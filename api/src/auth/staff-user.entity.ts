import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Role } from '../common/roles.js';

@ObjectType({ description: 'Tài khoản cán bộ' })
@Entity({ tableName: 'staff_user' })
export class StaffUser extends TenantOwned<'active' | 'roles'> {
  @Field(() => String, {
    nullable: true,
    description: 'Email đăng nhập (null khi được mời bằng mã in và chưa nhận lời mời)',
  })
  @Property({ type: 'string', length: 254, unique: true, nullable: true })
  email?: string | null;

  @Field()
  @Property({ length: 200 })
  fullName: string;

  /** Null until the invitation is accepted. */
  @Property({ type: 'string', length: 200, hidden: true, lazy: true, nullable: true })
  passwordHash?: string | null;

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

  /** When the person first set a password (accepted the invitation); null: still invited. */
  @Field(() => Date, { nullable: true, description: 'Thời điểm kích hoạt tài khoản' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  activatedAt?: Date | null;

  /** TOTP secret (base32) once enrolment started; used only when `totpEnabledAt` is set. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true, lazy: true })
  totpSecret?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  totpEnabledAt?: Date | null;

  /**
   * The 30-second time step of the last TOTP code accepted from this account: a code of that step
   * or an earlier one is refused, so a code cannot be used twice within its window.
   */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep?: number | null;
}
