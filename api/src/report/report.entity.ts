import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from '../unit/unit.entity.js';
import {
  HubReportKind,
  HubReportStatus,
  ReportFormat,
  ReportFrequency,
  UnitReportStatus,
} from './report.enums.js';

/** When units report to the hub: the frequency, days after the period to send, days of warning. */
@Entity({ tableName: 'report_schedule' })
@Unique({ properties: ['tenant'] })
export class ReportSchedule extends TenantOwned {
  @Enum({ items: () => ReportFrequency })
  frequency: ReportFrequency;

  @Property({ type: 'smallint' })
  dueDays: number;

  @Property({ type: 'smallint' })
  remindDays: number;
}

/** The figures a unit's report is pre-filled with (kept as sent once the report is submitted). */
export interface UnitReportFigures {
  received: number;
  eligible: number;
  answered: number;
  responseRate: number | null;
  accepted: number;
  supported: number;
  pilots: number;
  applications: number;
  scalings: number;
  honours: number;
  participants: number;
  activities: number;
  audience: number;
  spending: number;
}

/** A unit's report for one period (§V.2): figures from the data, the unit's own words. */
@Entity({ tableName: 'unit_report' })
@Unique({ properties: ['unit', 'periodFrom', 'periodTo'] })
export class UnitReport extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<Unit>;

  @Property({ type: 'date' })
  periodFrom: string;

  /** The period's last day. */
  @Property({ type: 'date' })
  periodTo: string;

  @Property({ type: 'date' })
  dueOn: string;

  @Enum({ items: () => UnitReportStatus, default: UnitReportStatus.DRAFT })
  status: UnitReportStatus = UnitReportStatus.DRAFT;

  @Property({ type: 'json', nullable: true })
  figures?: UnitReportFigures | null;

  @Property({ type: 'text', default: '' })
  narrative: string;

  @Property({ type: 'text', default: '' })
  difficulties: string;

  @Property({ type: 'text', default: '' })
  proposals: string;

  @Property({ type: 'text', nullable: true })
  hubComment?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  submittedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy?: Ref<StaffUser> | null;
}

/** Units reminded of a period's report (one reminder per unit and period). */
@Entity({ tableName: 'unit_report_reminder' })
@Unique({ properties: ['unit', 'periodFrom'] })
export class UnitReportReminder extends TenantOwned {
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'cascade' })
  unit: Ref<Unit>;

  @Property({ type: 'date' })
  periodFrom: string;
}

/** A "Nơi nhận" list the hub keeps and picks for its reports. */
@Entity({ tableName: 'recipient_list' })
export class RecipientList extends TenantOwned {
  @Property({ length: 200 })
  name: string;

  @Property({ type: 'json' })
  entries: string[];
}

export interface HubReportFile {
  format: ReportFormat;
  storageKey: string;
  fileName: string;
  size: number;
  sha256: string;
}

/**
 * The hub's report to the People's Committee and upward (§V.1, §VII): any period, the mid-term
 * review (sơ kết) and the final review (tổng kết). Versions of one report share `family`; an
 * issued version never changes.
 */
@Entity({ tableName: 'hub_report' })
@Unique({ properties: ['family', 'version'] })
export class HubReport extends TenantOwned<'status' | 'version' | 'revision'> {
  @Index()
  @Property({ type: 'uuid' })
  family: string;

  @Property({ type: 'smallint', default: 1 })
  version: number = 1;

  @Enum({ items: () => HubReportKind })
  kind: HubReportKind;

  @Enum({ items: () => HubReportStatus, default: HubReportStatus.DRAFT })
  status: HubReportStatus = HubReportStatus.DRAFT;

  @Property({ length: 300 })
  title: string;

  /** "Số: 15/BC-UBND" without "Số:". */
  @Property({ length: 60, default: '' })
  numberSymbol: string;

  @Property({ type: 'date' })
  periodFrom: string;

  @Property({ type: 'date' })
  periodTo: string;

  /** The day written on the document ("Như Thanh, ngày … tháng … năm …"). */
  @Property({ type: 'date' })
  documentDate: string;

  @Property({ length: 200 })
  signerTitle: string;

  @Property({ length: 200, default: '' })
  signerName: string;

  @Property({ type: 'json' })
  recipients: string[];

  /** The hub's own words, by section. */
  @Property({ type: 'text', default: '' })
  assessment: string;

  @Property({ type: 'text', default: '' })
  shortcomings: string;

  @Property({ type: 'text', default: '' })
  nextTasks: string;

  @Property({ type: 'text', default: '' })
  proposals: string;

  /** The figures the files were made from (what an issued report says). */
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  files?: HubReportFile[] | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  generatedAt?: Date | null;

  /** The last generation's job (progress, failure). */
  @Property({ type: 'uuid', nullable: true })
  jobId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  editedAt: Date;

  /** Counts the edits; the files were made from `filesRevision` (stale when it differs). */
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @Property({ type: 'integer', nullable: true })
  filesRevision?: number | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  issuedAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  issuedBy?: Ref<StaffUser> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<StaffUser> | null;

  @Property({ type: 'text', nullable: true })
  correctionReason?: string | null;
}
