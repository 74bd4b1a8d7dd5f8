import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { StaffUser } from './staff-user.entity.js';

/** A staff session. Only the SHA-256 of the token is stored, so a database leak yields no sessions. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'cascade' })
  user: Ref<StaffUser>;

  @Property({ length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null;
}
