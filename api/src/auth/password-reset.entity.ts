import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from './staff-user.entity.js';

/** A single-use password reset link (1 hour). Only the SHA-256 of the token is stored. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset extends TenantOwned {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  user: Ref<StaffUser>;

  @Property({ length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
