import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { CampaignStatus, PhaseKind } from './campaign.enums.js';

@ObjectType({ description: 'Phong trào thi đua hoặc đợt phát động' })
@Entity({ tableName: 'campaign' })
@Unique({ properties: ['tenant', 'code'] })
export class Campaign extends TenantOwned<'status'> {
  @Field()
  @Property({ length: 60 })
  code: string;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field({ description: 'Ngày bắt đầu (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field({ description: 'Ngày kết thúc (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  endsOn: string;

  @Field(() => CampaignStatus)
  @Enum({ items: () => CampaignStatus })
  status: CampaignStatus = CampaignStatus.DRAFT;

  @ManyToMany(() => IdeaField, undefined, {
    pivotTable: 'campaign_field',
    joinColumn: 'campaign_id',
    inverseJoinColumn: 'field_id',
  })
  fields = new Collection<IdeaField>(this);

  @Field(() => Date, {
    nullable: true,
    description: 'Bộ tiêu chí chấm điểm bị khóa từ lúc này (khi ý tưởng đầu tiên được chấm)',
  })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  rubricFrozenAt?: Date | null;

  @OneToMany(() => CampaignPhase, (p) => p.campaign, { orderBy: { sortOrder: 'asc' } })
  phases = new Collection<CampaignPhase>(this);

  /** The phase set as current by hand; when null, the current phase is the one holding today. */
  @ManyToOne(() => CampaignPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  pinnedPhase?: Ref<CampaignPhase> | null;
}

@ObjectType({ description: 'Giai đoạn của phong trào' })
@Entity({ tableName: 'campaign_phase' })
export class CampaignPhase extends TenantOwned<'sortOrder'> {
  @Index()
  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign: Ref<Campaign>;

  @Field(() => PhaseKind)
  @Enum({ items: () => PhaseKind })
  kind: PhaseKind;

  @Field()
  @Property({ length: 200 })
  name: string;

  /** The name on English pages; when empty they show `name` (marked as Vietnamese). */
  @Field(() => String, { nullable: true, description: 'Tên tiếng Anh (trang tiếng Anh)' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  endsOn: string;

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;
}
