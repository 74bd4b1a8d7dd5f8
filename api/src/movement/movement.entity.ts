import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { CampaignPhase } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { AreaType, UnitKind } from '../unit/unit.enums.js';
import {
  ActivityKind,
  PlanStatus,
  TargetMetric,
  UnitRequestKind,
  UnitRequestStatus,
} from './movement.enums.js';

/** A unit's implementation plan of the movement for a year (§IV.1, §V.2). */
@ObjectType({ description: 'Kế hoạch triển khai phong trào của đơn vị (theo năm)' })
@Entity({ tableName: 'unit_plan' })
@Unique({ properties: ['unit', 'year'] })
export class UnitPlan extends TenantOwned<'status' | 'updatedAt'> {
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<Unit>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Số văn bản (ví dụ 12/KH-UBND)' })
  @Property({ type: 'string', length: 60, nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày ban hành (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  documentDate?: string | null;

  @ManyToOne(() => Attachment, { ref: true, nullable: true, deleteRule: 'set null' })
  file?: Ref<Attachment> | null;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, default: PlanStatus.DRAFT })
  status: PlanStatus = PlanStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Chỉ tiêu riêng của đơn vị (theo kế hoạch)' })
  @Property({ type: 'text', nullable: true })
  ownTargets?: string | null;

  @ManyToOne(() => ReceptionPoint, { ref: true, nullable: true, deleteRule: 'set null' })
  receptionPoint?: Ref<ReceptionPoint> | null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<StaffUser> | null;
}

/**
 * A target (§IV.2) for a year or one phase: for one unit (an override), a default by unit kind
 * and/or area type, the commune's default (no scope), or a commune-wide target by field or
 * participant group. `scopeKey` names the scope so the same scope is stored once.
 */
@ObjectType({ description: 'Chỉ tiêu của phong trào' })
@Entity({ tableName: 'movement_target' })
@Unique({ properties: ['tenant', 'year', 'scopeKey'] })
export class MovementTarget extends TenantOwned {
  @Field(() => Int)
  @Property({ type: 'smallint' })
  year: number;

  @ManyToOne(() => CampaignPhase, { ref: true, nullable: true, deleteRule: 'cascade' })
  phase?: Ref<CampaignPhase> | null;

  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'cascade' })
  unit?: Ref<Unit> | null;

  @Field(() => UnitKind, { nullable: true })
  @Enum({ items: () => UnitKind, nullable: true })
  unitKind?: UnitKind | null;

  @Field(() => AreaType, { nullable: true })
  @Enum({ items: () => AreaType, nullable: true })
  areaType?: AreaType | null;

  @ManyToOne(() => IdeaField, { ref: true, nullable: true, deleteRule: 'cascade' })
  field?: Ref<IdeaField> | null;

  @ManyToOne(() => ParticipantGroup, { ref: true, nullable: true, deleteRule: 'cascade' })
  participantGroup?: Ref<ParticipantGroup> | null;

  @Field(() => TargetMetric)
  @Enum({ items: () => TargetMetric })
  metric: TargetMetric;

  @Field(() => Float, { description: 'Giá trị chỉ tiêu (tỷ lệ phản hồi tính bằng %)' })
  @Property({ type: 'double' })
  value: number;

  @Property({ length: 300 })
  scopeKey: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  setBy?: Ref<StaffUser> | null;
}

/** A movement activity a unit held (§III.1, §V.3): counted in criterion a). */
@ObjectType({ description: 'Hoạt động phong trào của đơn vị (họp, hội nghị, tuyên truyền…)' })
@Entity({ tableName: 'movement_activity' })
export class MovementActivity extends TenantOwned {
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<Unit>;

  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind })
  kind: ActivityKind;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field({ description: 'Ngày tổ chức (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  heldOn: string;

  @Field(() => Int, { description: 'Số người tham dự' })
  @Property({ type: 'integer' })
  audience: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** Photos: attachment ids (uploaded with kind ACTIVITY_PHOTO). */
  @Field(() => [ID], { description: 'Ảnh (tải qua /files/{id})' })
  @Property({ type: 'json', default: '[]' })
  photoIds: string[] = [];

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy?: Ref<StaffUser> | null;
}

/** A unit's difficulty or request for support, answered by the hub with a due date (§V.3, §VIII). */
@ObjectType({ description: 'Kiến nghị, đề nghị hỗ trợ của đơn vị gửi cơ quan đầu mối' })
@Entity({ tableName: 'unit_request' })
export class UnitRequest extends TenantOwned<'status' | 'updatedAt'> {
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<Unit>;

  @Field(() => UnitRequestKind)
  @Enum({ items: () => UnitRequestKind })
  kind: UnitRequestKind;

  @Field()
  @Property({ length: 300 })
  subject: string;

  @Field(() => UnitRequestStatus)
  @Enum({ items: () => UnitRequestStatus, default: UnitRequestStatus.OPEN })
  status: UnitRequestStatus = UnitRequestStatus.OPEN;

  @Field({ description: 'Hạn trả lời (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  raisedBy?: Ref<StaffUser> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'Một lời trong trao đổi về kiến nghị' })
@Entity({ tableName: 'unit_request_message' })
export class UnitRequestMessage extends TenantOwned {
  @Index()
  @ManyToOne(() => UnitRequest, { ref: true, deleteRule: 'cascade' })
  request: Ref<UnitRequest>;

  @Field()
  @Property({ type: 'text' })
  body: string;

  @Field({ description: 'Lời của cơ quan đầu mối (không phải của đơn vị)' })
  @Property()
  fromHub: boolean;

  @Field({ description: 'Người viết' })
  @Property({ length: 200 })
  authorName: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<StaffUser> | null;
}

/** The weights of the five criteria the commune sets (one row per commune). */
@Entity({ tableName: 'scoreboard_setting' })
@Unique({ properties: ['tenant'] })
export class ScoreboardSetting extends TenantOwned<'updatedAt'> {
  @Property({ type: 'json' })
  weights: Record<string, number>;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/**
 * A frozen scoreboard: the record used in the annual emulation review. Everything shown is stored
 * (figures, scores, weights, formulas, the ideas behind each figure); later data changes nothing.
 */
@Entity({ tableName: 'scoreboard_record' })
@Unique({ properties: ['tenant', 'periodKey'] })
export class ScoreboardRecord extends TenantOwned {
  /** `2027` for a year, `2027:<phase id>` for a phase. */
  @Property({ length: 60 })
  periodKey: string;

  @Property({ type: 'json' })
  snapshot: unknown;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  frozenAt: Date;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  frozenBy?: Ref<StaffUser> | null;

  @Property({ length: 200 })
  frozenByName: string;
}
