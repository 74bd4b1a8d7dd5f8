import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { DisputeParty, DisputeStatus, RightsStatus } from './rights.enums.js';

/** Every change of an idea's rights status, with the reason and the evidence (kept forever). */
@Entity({ tableName: 'rights_decision' })
@Index({ properties: ['idea', 'createdAt'] })
export class RightsDecision extends TenantOwned<'evidenceIds'> {
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Enum({ items: () => RightsStatus, nullable: true })
  fromStatus?: RightsStatus | null;

  @Enum({ items: () => RightsStatus })
  toStatus: RightsStatus;

  @Property({ type: 'text' })
  reason: string;

  /** Attachments (uploaded through POST /uploads) that support the decision. */
  @Property({ type: 'json' })
  evidenceIds: string[] = [];

  /** Null when the system set it (a dispute raised from the public site freezes the idea). */
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy?: Ref<StaffUser> | null;
}

/**
 * A dispute over who authored an idea or whether it may be used, raised by an author or by anyone
 * through the feedback channel. While one is open the idea's public display is frozen.
 */
@Entity({ tableName: 'dispute' })
@Index({ properties: ['tenant', 'status', 'createdAt'] })
export class Dispute extends TenantOwned<'status' | 'evidenceIds'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Enum({ items: () => DisputeParty })
  party: DisputeParty;

  /** Personal data of the claimant (a third party is not a Person of ours). */
  @Property({ length: 200 })
  claimantName: string;

  @Property({ length: 254 })
  claimantContact: string;

  @Property({ type: 'text' })
  statement: string;

  @Property({ type: 'json' })
  evidenceIds: string[] = [];

  @Enum({ items: () => DisputeStatus, default: DisputeStatus.OPEN })
  status: DisputeStatus = DisputeStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  resolvedBy?: Ref<StaffUser> | null;
}
