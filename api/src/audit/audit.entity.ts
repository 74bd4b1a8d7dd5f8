import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { AuditAction } from './audit.enums.js';

/**
 * The append-only audit log: a database trigger refuses every UPDATE and DELETE on this table
 * (the one exception: an erasure request redacts the erased person's details, inside its own
 * transaction, with `kn.erasure` set).
 * Actor names are copied in, so the record stays readable whatever happens to the account.
 */
@ObjectType({ description: 'Một dòng nhật ký kiểm toán (chỉ ghi thêm, không sửa, không xóa)' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class AuditEntry extends TenantOwned {
  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action: AuditAction;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field({ description: 'Người thực hiện: cán bộ, "Tác giả" hoặc "Hệ thống"' })
  @Property({ length: 200 })
  actorName: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  ideaId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
