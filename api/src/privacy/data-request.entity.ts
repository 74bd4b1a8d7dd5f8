import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Person } from '../person/person.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { DataRequestChannel, DataRequestKind, DataRequestStatus } from './data-request.enums.js';

/** A data-subject request, handled within two working days. */
@Entity({ tableName: 'data_request' })
@Index({ properties: ['tenant', 'status', 'dueAt'] })
export class DataRequest extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict' })
  person: Ref<Person>;

  /** The idea the person came through (their tracking page), for context. */
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'set null' })
  idea?: Ref<Idea> | null;

  @Enum({ items: () => DataRequestKind })
  kind: DataRequestKind;

  @Enum({ items: () => DataRequestChannel })
  channel: DataRequestChannel;

  @Property({ type: 'text', nullable: true })
  details?: string | null;

  /** For CORRECT: the corrected values asked for. */
  @Property({ type: 'json', nullable: true })
  corrections?: { fullName?: string; email?: string; phone?: string; address?: string } | null;

  /** For WITHDRAW_CONSENT: the consents withdrawn. */
  @Property({ type: 'json', nullable: true })
  consentKinds?: string[] | null;

  @Enum({ items: () => DataRequestStatus, default: DataRequestStatus.RECEIVED })
  status: DataRequestStatus = DataRequestStatus.RECEIVED;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;

  /** End of the second working day after receipt (weekends and public holidays excluded). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  receivedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  handledAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  handledBy?: Ref<StaffUser> | null;

  /** What the requester is told. */
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  /** For ACCESS/EXPORT: the person's data as it stood when the request was handled. */
  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;
}

/** Public holidays (ngày nghỉ lễ, Tết) that the working-day timers skip. */
@Entity({ tableName: 'public_holiday' })
@Unique({ properties: ['tenant', 'day'] })
export class PublicHoliday extends TenantOwned {
  /** yyyy-mm-dd, local date (Asia/Ho_Chi_Minh). */
  @Index()
  @Property({ length: 10 })
  day: string;

  @Property({ length: 200 })
  name: string;
}
