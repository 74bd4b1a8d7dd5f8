import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantOwned } from '../common/tenant-owned.entity.js';

/**
 * A person who proposes ideas. Personal data: never exposed to the public; staff read it through
 * the `AuthorContact` type, which the access rules gate.
 */
@Entity({ tableName: 'person' })
export class Person extends TenantOwned {
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
}
