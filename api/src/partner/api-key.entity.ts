import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ApiKeyScope } from './api-key.enums.js';

/**
 * A partner's API key. The secret is shown once, when the key is created; only its SHA-256 is
 * kept. The prefix (public) finds the row; revocation and expiry take effect on the next request.
 */
@ObjectType({ description: 'Khóa API của một đối tác (tỉnh, báo chí, xã khác, nhà nghiên cứu…)' })
@Entity({ tableName: 'api_key' })
@Index({ properties: ['tenant'] })
export class ApiKey extends TenantOwned<'useCount' | 'requestsPerMinute' | 'communeCodes'> {
  @Field({ description: 'Tên gợi nhớ: đối tác và mục đích' })
  @Property({ length: 120 })
  name: string;

  @Field({ description: 'Phần đầu của khóa (không bí mật), để nhận ra khóa trong danh sách' })
  @Property({ length: 24, unique: true })
  prefix: string;

  @Property({ length: 64 })
  secretHash: string;

  @Field(() => [ApiKeyScope])
  @Enum({ items: () => ApiKeyScope, array: true })
  scopes: ApiKeyScope[];

  /**
   * A commune's key restricted to one unit (a village's kiosk, a unit's own portal): it lists and
   * opens only that unit's ideas and submits only to it. Null: the whole commune.
   */
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  /**
   * A province's key (created at the province level): the communes of the province it may read,
   * by code; empty: every commune of the province. Unused for a commune's key.
   */
  @Field(() => [String], {
    description:
      'Khóa cấp tỉnh: mã các xã được dùng (trống: mọi xã của tỉnh). Khóa của xã: luôn trống',
  })
  @Property({ type: 'text[]', default: '{}' })
  communeCodes: string[] = [];

  @Field(() => Int, { description: 'Số yêu cầu tối đa mỗi phút' })
  @Property({ type: 'integer', default: 600 })
  requestsPerMinute: number = 600;

  @Field(() => Date, { nullable: true, description: 'Hết hạn lúc (không có: không hết hạn)' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Float, { description: 'Số yêu cầu đã dùng khóa này' })
  @Property({ type: new BigIntType('number'), default: 0 })
  useCount: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field({ description: 'Người tạo khóa' })
  @Property({ length: 200 })
  createdByName: string;
}
