import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { PersonKind } from './person.enums.js';
import { ParticipantGroup } from './participant-group.entity.js';
import { AgeBand, Gender } from './demographics.enums.js';

/** What an erased person is called from then on (the idea and its record stay). */
export const ANONYMISED_NAME = 'Người đề xuất đã ẩn danh';

/**
 * A person (or organisation) who proposes ideas, or a minor's parent/guardian. Personal data:
 * never exposed to the public; staff read it through the `AuthorContact` type, which the access
 * rules gate, and every read is audited.
 */
@Entity({ tableName: 'person' })
export class Person extends TenantOwned<'kind'> {
  @Enum({ items: () => PersonKind, default: PersonKind.INDIVIDUAL })
  kind: PersonKind = PersonKind.INDIVIDUAL;

  @Property({ length: 200 })
  fullName: string;

  @Index()
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Index()
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  /** Set when the person asked to be erased: every personal detail has been removed. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  anonymisedAt?: Date | null;

  /** Processing restricted at the person's request: no email/SMS, contact hidden from most staff. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  restrictedAt?: Date | null;

  /** Who takes part (optional, aggregates only, erased with the rest of the person's data). */
  @ManyToOne(() => ParticipantGroup, { ref: true, nullable: true, deleteRule: 'set null' })
  participantGroup?: Ref<ParticipantGroup> | null;

  @Enum({ items: () => AgeBand, nullable: true })
  ageBand?: AgeBand | null;

  @Enum({ items: () => Gender, nullable: true })
  gender?: Gender | null;
}
