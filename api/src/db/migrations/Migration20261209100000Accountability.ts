import { Migration } from '@mikro-orm/migrations';

/**
 * Accountability (issue #17): feedback and complaints about how an idea was received, judged or
 * used, answered by the hub by a due date or escalated to a rights dispute; the movement's
 * spending lines and estimates (§VI); units' periodic reports and the hub's reports (§V.2, §VII).
 */
export class Migration20261209100000Accountability extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "handling_feedback" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid null, "stage" text check ("stage" in ('RECEPTION', 'EVALUATION', 'USE', 'OTHER')) not null, "channel" text check ("channel" in ('PUBLIC_SITE', 'TRACKING', 'IN_PERSON')) not null, "body" text not null, "name" varchar(200) not null, "contact" varchar(254) not null, "status" text check ("status" in ('RECEIVED', 'ANSWERED', 'ESCALATED')) not null default 'RECEIVED', "due_at" timestamptz not null, "answer" text null, "answered_at" timestamptz null, "answered_by_id" uuid null, "dispute_id" uuid null, constraint "handling_feedback_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "handling_feedback_idea_id_index" on "handling_feedback" ("idea_id")`,
    );
    this.addSql(
      `alter table "handling_feedback" add constraint "handling_feedback_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "handling_feedback" add constraint "handling_feedback_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "handling_feedback" add constraint "handling_feedback_answered_by_id_foreign" foreign key ("answered_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "handling_feedback" add constraint "handling_feedback_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete set null`,
    );
    // The movement's money (§VI): actual spending lines and the year's estimates.
    this.addSql(
      `create table "budget_estimate" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "year" smallint not null, "activity" text check ("activity" in ('PROPAGANDA', 'COUNCIL', 'SUPPORT', 'PILOT', 'AWARD', 'OTHER')) not null, "source" text check ("source" in ('STATE_BUDGET', 'SOCIALISED', 'SPONSORSHIP', 'OTHER')) not null, "amount" bigint not null, constraint "budget_estimate_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "budget_estimate" add constraint "budget_estimate_tenant_id_year_activity_source_unique" unique ("tenant_id", "year", "activity", "source")`,
    );
    this.addSql(
      `create table "spending_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "spent_on" date not null, "amount" bigint not null, "source" text check ("source" in ('STATE_BUDGET', 'SOCIALISED', 'SPONSORSHIP', 'OTHER')) not null, "activity" text check ("activity" in ('PROPAGANDA', 'COUNCIL', 'SUPPORT', 'PILOT', 'AWARD', 'OTHER')) not null, "description" varchar(500) not null, "document_number" varchar(60) null, "file_id" uuid null, "recorded_by_id" uuid null, constraint "spending_line_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "spending_line_spent_on_index" on "spending_line" ("spent_on")`);
    this.addSql(
      `alter table "budget_estimate" add constraint "budget_estimate_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "spending_line" add constraint "spending_line_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "spending_line" add constraint "spending_line_file_id_foreign" foreign key ("file_id") references "attachment" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "spending_line" add constraint "spending_line_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    // Periodic reports (§V.2, §VII): the units' schedule and reports, the hub's reports with
    // their versions and files, and the "Nơi nhận" lists; spending lines name their unit, the
    // award decision they pay and the budget level.
    this.addSql(
      `create table "report_schedule" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "frequency" text check ("frequency" in ('QUARTERLY', 'HALF_YEARLY', 'YEARLY')) not null, "due_days" smallint not null, "remind_days" smallint not null, constraint "report_schedule_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "report_schedule" add constraint "report_schedule_tenant_id_unique" unique ("tenant_id")`,
    );
    this.addSql(
      `create table "recipient_list" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(200) not null, "entries" jsonb not null, constraint "recipient_list_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "hub_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "family" uuid not null, "version" smallint not null default 1, "kind" text check ("kind" in ('PERIODIC', 'MID_TERM', 'FINAL')) not null, "status" text check ("status" in ('DRAFT', 'ISSUED')) not null default 'DRAFT', "title" varchar(300) not null, "number_symbol" varchar(60) not null default '', "period_from" date not null, "period_to" date not null, "document_date" date not null, "signer_title" varchar(200) not null, "signer_name" varchar(200) not null default '', "recipients" jsonb not null, "assessment" text not null default '', "shortcomings" text not null default '', "next_tasks" text not null default '', "proposals" text not null default '', "data" jsonb null, "files" jsonb null, "generated_at" timestamptz null, "job_id" uuid null, "edited_at" timestamptz not null, "revision" int not null default 1, "files_revision" int null, "issued_at" timestamptz null, "issued_by_id" uuid null, "created_by_id" uuid null, "correction_reason" text null, constraint "hub_report_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "hub_report_family_index" on "hub_report" ("family")`);
    this.addSql(
      `alter table "hub_report" add constraint "hub_report_family_version_unique" unique ("family", "version")`,
    );
    this.addSql(
      `create table "unit_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "period_from" date not null, "period_to" date not null, "due_on" date not null, "status" text check ("status" in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "figures" jsonb null, "narrative" text not null default '', "difficulties" text not null default '', "proposals" text not null default '', "hub_comment" text null, "submitted_at" timestamptz null, "submitted_by_id" uuid null, "decided_at" timestamptz null, "decided_by_id" uuid null, constraint "unit_report_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "unit_report_unit_id_index" on "unit_report" ("unit_id")`);
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_unit_id_period_from_period_to_unique" unique ("unit_id", "period_from", "period_to")`,
    );
    this.addSql(
      `create table "unit_report_reminder" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "period_from" date not null, constraint "unit_report_reminder_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "unit_report_reminder" add constraint "unit_report_reminder_unit_id_period_from_unique" unique ("unit_id", "period_from")`,
    );
    this.addSql(
      `alter table "report_schedule" add constraint "report_schedule_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "recipient_list" add constraint "recipient_list_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "hub_report" add constraint "hub_report_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "hub_report" add constraint "hub_report_issued_by_id_foreign" foreign key ("issued_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "hub_report" add constraint "hub_report_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_submitted_by_id_foreign" foreign key ("submitted_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_report_reminder" add constraint "unit_report_reminder_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit_report_reminder" add constraint "unit_report_reminder_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check"`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE', 'DECISION', 'REPORT', 'EVIDENCE', 'PLAN_DOCUMENT', 'ACTIVITY_PHOTO', 'SPENDING_DOCUMENT'))`,
    );
    this.addSql(
      `alter table "spending_line" add column "budget_level" text check ("budget_level" in ('CENTRAL', 'PROVINCE', 'COMMUNE')) null, add column "unit_id" uuid null, add column "award_id" uuid null`,
    );
    this.addSql(
      `alter table "spending_line" add constraint "spending_line_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "spending_line" add constraint "spending_line_award_id_foreign" foreign key ("award_id") references "award" ("id") on update cascade on delete set null`,
    );
    this.addSql(`create index "spending_line_unit_id_index" on "spending_line" ("unit_id")`);
    // Audit actions of reports, spending, complaints and exports; the consent to send an idea's
    // file to higher innovation programmes.
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(`alter table "consent" drop constraint if exists "consent_kind_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'TENANT_CREATED', 'TENANT_STATUS_CHANGED', 'PROVINCE_ACCESS_CHANGED', 'PRIVACY_NOTICE_PUBLISHED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED', 'MESSAGE_TEMPLATE_CHANGED', 'API_KEY_CREATED', 'API_KEY_REVOKED', 'WEBHOOK_CHANGED', 'MOVEMENT_CHANGED', 'SCOREBOARD_FROZEN', 'REPORT_CHANGED', 'REPORT_ISSUED', 'UNIT_REPORT_CHANGED', 'SPENDING_CHANGED', 'FEEDBACK_CHANGED', 'IDEA_EXPORTED'))`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_kind_check" check("kind" in ('PROCESS_DATA', 'SHOW_NAME', 'PUBLISH_CONTENT', 'ALLOW_PILOT', 'ALLOW_SCALE', 'SHARE_PROGRAMMES'))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "unit_report_reminder" cascade`);
    this.addSql(`drop table if exists "unit_report" cascade`);
    this.addSql(`drop table if exists "hub_report" cascade`);
    this.addSql(`drop table if exists "recipient_list" cascade`);
    this.addSql(`drop table if exists "report_schedule" cascade`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check"`);
    this.addSql(`delete from "attachment" where "kind" = 'SPENDING_DOCUMENT'`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE', 'DECISION', 'REPORT', 'EVIDENCE', 'PLAN_DOCUMENT', 'ACTIVITY_PHOTO'))`,
    );
    this.addSql(`drop table if exists "spending_line" cascade`);
    this.addSql(`drop table if exists "budget_estimate" cascade`);
    this.addSql(`drop table if exists "handling_feedback" cascade`);
  }
}
