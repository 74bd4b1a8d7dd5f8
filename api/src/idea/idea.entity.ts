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
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Person } from '../person/person.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { RightsStatus } from '../rights/rights.enums.js';
import {
  Applicability,
  AuthorRole,
  Channel,
  Feasibility,
  IdeaEventKind,
  IdeaRoute,
  IdeaStatus,
  Maturity,
  MessageDirection,
  MissingInfo,
  ResponseKind,
  RevisionSource,
} from './idea.enums.js';

@ObjectType({ description: 'Ý tưởng, sáng kiến, giải pháp' })
@Entity({ tableName: 'idea' })
@Unique({ properties: ['tenant', 'idempotencyKey'] })
@Index({ properties: ['tenant', 'receivedAt', 'id'] })
@Index({ properties: ['tenant', 'status'] })
// Created by the first migration with SQL the ORM cannot express; declared so schema diffs know them.
@Index({
  name: 'idea_search_vector_index',
  expression: 'create index idea_search_vector_index on idea using gin (search_vector)',
})
@Index({
  name: 'idea_title_trgm_index',
  expression:
    'create index idea_title_trgm_index on idea using gin (kn_unaccent(title) gin_trgm_ops)',
})
// The public rule kept on the row by triggers (migration PublicVisible): public lists and counts.
@Index({
  name: 'idea_public_published_index',
  expression:
    'create index "idea_public_published_index" on "idea" ("tenant_id", "published_at" desc, "id") where "public_visible"',
})
@Index({
  name: 'idea_public_received_index',
  expression:
    'create index "idea_public_received_index" on "idea" ("tenant_id", "received_at" desc, "id") where "public_visible"',
})
// Migration PublicCounters: honoured ideas newest first; the counters by an index-only scan.
@Index({
  name: 'idea_public_honoured_index',
  expression:
    'create index "idea_public_honoured_index" on "idea" ("tenant_id", "honoured_at" desc, "id") where "public_visible" and "honoured_at" is not null',
})
@Index({
  name: 'idea_counters_index',
  expression:
    'create index "idea_counters_index" on "idea" ("tenant_id") include ("campaign_id", "status", "received_at", "responded_at", "honoured_at", "public_visible")',
})
@Index({
  name: 'idea_published_index',
  expression:
    'create index idea_published_index on idea (tenant_id, published_at desc, id) where published_at is not null',
})
export class Idea extends TenantOwned<'updatedAt' | 'status' | 'revision' | 'rightsStatus'> {
  @Index()
  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'restrict' })
  campaign: Ref<Campaign>;

  /** Staff only (with the contact it lets the author track the idea). */
  @Property({ length: 20, unique: true })
  trackingCode: string;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field({ description: 'Vấn đề/thực trạng cần giải quyết' })
  @Property({ type: 'text' })
  problem: string;

  @Field({ description: 'Giải pháp đề xuất' })
  @Property({ type: 'text' })
  solution: string;

  @Field({ description: 'Hiệu quả dự kiến' })
  @Property({ type: 'text' })
  benefit: string;

  @Field(() => String, { nullable: true, description: 'Điều kiện, nguồn lực cần để triển khai' })
  @Property({ type: 'text', nullable: true })
  requirements?: string | null;

  @Field(() => Maturity)
  @Enum({ items: () => Maturity })
  maturity: Maturity;

  @Field(() => IdeaStatus)
  @Enum({ items: () => IdeaStatus })
  status: IdeaStatus = IdeaStatus.SUBMITTED;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel: Channel;

  /** The unit that receives and answers for the idea (a village, a department…). */
  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  @ManyToOne(() => ReceptionPoint, { ref: true, nullable: true, deleteRule: 'set null' })
  receptionPoint?: Ref<ReceptionPoint> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  receivedBy?: Ref<StaffUser> | null;

  @ManyToMany(() => IdeaField, undefined, {
    pivotTable: 'idea_field',
    joinColumn: 'idea_id',
    inverseJoinColumn: 'field_id',
  })
  fields = new Collection<IdeaField>(this);

  @OneToMany(() => Authorship, (a) => a.idea)
  authorships = new Collection<Authorship>(this);

  @Field({ description: 'Thời điểm máy chủ tiếp nhận (bằng chứng ai đề xuất trước)' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;

  @Field({ description: 'SHA-256 (hex) của nội dung đã gửi, ghi trên giấy biên nhận' })
  @Property({ length: 64 })
  digest: string;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Thời điểm công khai trên trang công cộng' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Field()
  @Property({
    type: 'datetime',
    columnType: 'timestamptz',
    defaultRaw: 'now()',
    onUpdate: () => new Date(),
  })
  updatedAt: Date = new Date();

  @Field(() => Feasibility, { nullable: true })
  @Enum({ items: () => Feasibility, nullable: true })
  feasibility?: Feasibility | null;

  @Field(() => Applicability, { nullable: true })
  @Enum({ items: () => Applicability, nullable: true })
  applicability?: Applicability | null;

  @Field(() => IdeaRoute, { nullable: true, description: 'Hướng xử lý đã chọn khi phân loại' })
  @Enum({ items: () => IdeaRoute, nullable: true })
  route?: IdeaRoute | null;

  /** The earlier idea this one duplicates; both submission times are kept as evidence. */
  @Index()
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'set null' })
  duplicateOf?: Ref<Idea> | null;

  /** The staff member handling the idea. */
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  assignee?: Ref<StaffUser> | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Lần đầu tác giả nhận được phản hồi kết quả xử lý (chỉ tiêu §IV.1)',
  })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  respondedAt?: Date | null;

  @Field(() => Int, { description: 'Số phiên bản nội dung hiện tại' })
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  /** Who helps the author while the idea is IN_SUPPORT (gives them access to it). */
  @Index()
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  supportExpert?: Ref<StaffUser> | null;

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  supportUnit?: Ref<Unit> | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Thời điểm được vinh danh trên trang công cộng',
  })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  honouredAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Lời vinh danh' })
  @Property({ type: 'text', nullable: true })
  honourCitation?: string | null;

  /** Phần cần giữ bí mật (bí quyết, chi tiết kỹ thuật…): never published, never in public search. */
  @Property({ type: 'text', nullable: true })
  confidential?: string | null;

  /**
   * The lead author's participant group when given (§II.2, §IV.2): counted in the movement's
   * aggregates only, never shown per idea to the public.
   */
  @Index()
  @ManyToOne(() => ParticipantGroup, { ref: true, nullable: true, deleteRule: 'set null' })
  participantGroup?: Ref<ParticipantGroup> | null;

  @Field(() => RightsStatus, { description: 'Tình trạng quyền tác giả' })
  @Enum({ items: () => RightsStatus, default: RightsStatus.UNCLEAR })
  rightsStatus: RightsStatus = RightsStatus.UNCLEAR;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  rightsChangedAt?: Date | null;

  /** Origin declaration by the lead author: the idea is their own (true), with prior sources cited. */
  @Property({ type: 'boolean', nullable: true })
  originOwnWork?: boolean | null;

  @Property({ type: 'text', nullable: true })
  originSources?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  originDeclaredAt?: Date | null;

  /**
   * Published, rights established and every credited author allowing publication: computed by
   * the database (triggers on idea, authorship and consent), never written by the application.
   */
  @Property({ type: 'boolean', default: false, persist: false })
  publicVisible?: boolean;
}

/** Every version of an idea's content; the first is the submission, later ones are supplements. */
@Entity({ tableName: 'idea_revision' })
@Unique({ properties: ['idea', 'number'] })
export class IdeaRevision extends TenantOwned {
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Property({ type: 'integer' })
  number: number;

  @Enum({ items: () => RevisionSource })
  source: RevisionSource;

  @Property({ length: 300 })
  title: string;

  @Property({ type: 'text' })
  problem: string;

  @Property({ type: 'text' })
  solution: string;

  @Property({ type: 'text' })
  benefit: string;

  @Property({ type: 'text', nullable: true })
  requirements?: string | null;

  @Enum({ items: () => Maturity })
  maturity: Maturity;

  @Property({ type: 'json' })
  fieldIds: string[];

  @Property({ type: 'text', nullable: true })
  confidential?: string | null;

  /** What the author said about this version. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** SHA-256 of this version's content, like the receipt's digest. */
  @Property({ length: 64 })
  digest: string;
}

/**
 * The time an idea spends in one status, with its due date. While the hub waits for the author
 * (NEEDS_INFO) the SUBMITTED step is paused, and the pause is added to its due date.
 */
@Entity({ tableName: 'idea_step' })
@Index({ properties: ['tenant', 'endedAt', 'dueAt'] })
@Index({
  name: 'idea_step_open_index',
  expression: 'create index idea_step_open_index on idea_step (idea_id) where ended_at is null',
})
export class IdeaStep extends TenantOwned<'pausedMs'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Enum({ items: () => IdeaStatus })
  status: IdeaStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  pausedAt?: Date | null;

  @Property({ type: 'bigint', default: 0 })
  pausedMs: number = 0;
}

@Entity({ tableName: 'authorship' })
@Unique({ properties: ['idea', 'person'] })
export class Authorship extends TenantOwned<'isMinor'> {
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict' })
  person: Ref<Person>;

  @Enum({ items: () => AuthorRole })
  role: AuthorRole;

  /** Contribution share in percent; the shares of an idea sum to 100. */
  @Property({ type: 'smallint' })
  share: number;

  /** Until a co-author confirms, they are not credited. The submitter is confirmed at once. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  /** A co-author who declined the invitation: never credited, their share went to the lead. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  declinedAt?: Date | null;

  /** SHA-256 of the one-time invitation link's secret (the secret itself is never stored). */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  invitationHash?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  invitationExpiresAt?: Date | null;

  /** Under 16: consents also need a parent's or guardian's agreement. */
  @Property({ default: false })
  isMinor: boolean = false;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict' })
  guardian?: Ref<Person> | null;

  @Property({ type: 'string', length: 60, nullable: true })
  guardianRelation?: string | null;
}

@Entity({ tableName: 'idea_event' })
@Index({ properties: ['idea', 'createdAt'] })
export class IdeaEvent extends TenantOwned<'isPublic'> {
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Enum({ items: () => IdeaEventKind })
  kind: IdeaEventKind;

  @Enum({ items: () => IdeaStatus, nullable: true })
  fromStatus?: IdeaStatus | null;

  @Enum({ items: () => IdeaStatus, nullable: true })
  toStatus?: IdeaStatus | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  actor?: Ref<StaffUser> | null;

  /** Internal reason, for staff. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** Shown to the author on the tracking page when set. */
  @Property({ type: 'text', nullable: true })
  publicNote?: string | null;

  @Property({ default: true })
  isPublic: boolean = true;
}

/**
 * The thread between the hub and the author: responses to the author (in-app, and delivered by
 * email/SMS through the outbox) and the author's replies from the tracking page.
 */
@Entity({ tableName: 'idea_message' })
@Index({ properties: ['idea', 'createdAt'] })
export class IdeaMessage extends TenantOwned<'direction'> {
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Enum({ items: () => MessageDirection, default: MessageDirection.TO_AUTHOR })
  direction: MessageDirection = MessageDirection.TO_AUTHOR;

  @Enum({ items: () => ResponseKind })
  kind: ResponseKind;

  @Property({ type: 'text' })
  body: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sentBy?: Ref<StaffUser> | null;

  /** For NEEDS_INFO: what is missing. */
  @Property({ type: 'json', nullable: true })
  missing?: MissingInfo[] | null;
}
