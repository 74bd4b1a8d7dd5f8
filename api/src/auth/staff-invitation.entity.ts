import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { InvitationMethod } from './auth.enums.js';

/**
 * A one-time invitation to set a password and activate an account: an emailed link or a printed
 * code. Only the SHA-256 of the token (or of the normalised code) is stored.
 */
@Entity({ tableName: 'staff_invitation' })
export class StaffInvitation extends TenantOwned {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  user: Ref<StaffUser>;

  @Enum({ items: () => InvitationMethod })
  method: InvitationMethod;

  @Property({ length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  invitedById?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  invitedByName?: string | null;
}
