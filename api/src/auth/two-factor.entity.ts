import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from './staff-user.entity.js';

/** A TOTP recovery code (single use). Only its SHA-256 is stored. */
@Entity({ tableName: 'recovery_code' })
export class RecoveryCode extends TenantOwned {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  user: Ref<StaffUser>;

  @Property({ length: 64 })
  codeHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

/** The second step of a login: a short-lived challenge answered with a TOTP or recovery code. */
@Entity({ tableName: 'login_challenge' })
export class LoginChallenge extends TenantOwned<'attempts'> {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  user: Ref<StaffUser>;

  @Property({ length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null;
}
