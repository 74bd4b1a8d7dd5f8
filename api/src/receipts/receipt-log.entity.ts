import { BigIntType, Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { ReceiptLogKind } from './receipt-log.enums.js';

/**
 * The public, append-only receipt log: one entry per receipt digest (a submission) and per new
 * revision, each chained to the previous one by its hash. The database writes it (a trigger on
 * `idea` and `idea_revision`), so no code path can skip it, and refuses updates and deletes.
 *
 * entryHash = SHA-256 of "kn-receipt-log-v1|<seq>|<kind>|<digest>|<recordedAt ISO, ms, UTC>|<prevHash>"
 * (UTF-8, hex); the first entry's prevHash is 64 zeros. No personal data is stored here.
 */
@Entity({ tableName: 'receipt_log' })
@Unique({ properties: ['tenant', 'seq'] })
export class ReceiptLogEntry extends TenantOwned {
  @Property({ type: new BigIntType('number') })
  seq: number;

  @Enum({ items: () => ReceiptLogKind })
  kind: ReceiptLogKind;

  /** The idea the digest belongs to (not a foreign key: the log outlives any row). */
  @Property({ type: 'uuid' })
  ideaId: string;

  @Property({ type: 'integer' })
  revision: number;

  @Index()
  @Property({ length: 64 })
  digest: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt: Date;

  @Property({ length: 64 })
  prevHash: string;

  @Property({ length: 64 })
  entryHash: string;
}
