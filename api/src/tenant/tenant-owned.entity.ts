import { ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Tenant } from './tenant.entity.js';

/** Every tenant-owned row carries its tenant; services always filter on it. */
@ObjectType()
export abstract class TenantOwned<Optional extends string = never> extends BaseEntity<Optional> {
  @ManyToOne(() => Tenant, { ref: true, deleteRule: 'restrict' })
  tenant: Ref<Tenant>;
}
