import { Migration } from '@mikro-orm/migrations';

/**
 * Notification templates per commune (issue #12): a commune's own subject/body for a kind of
 * message on a channel, used instead of the platform's default; the audit action of editing or
 * resetting one.
 */
export class Migration20261204130000Templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "message_template" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text check ("kind" in ('IDEA_RECEIVED', 'INFO_REQUESTED', 'IDEA_ANSWERED', 'COAUTHOR_INVITATION', 'DISPUTE_OUTCOME', 'DATA_REQUEST_RECEIVED', 'DATA_REQUEST_OUTCOME', 'STAFF_INVITATION', 'PASSWORD_RESET')) not null, "channel" text check ("channel" in ('EMAIL', 'SMS')) not null, "subject" varchar(300) null, "body" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "message_template_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_tenant_id_kind_channel_unique" unique ("tenant_id", "kind", "channel")`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_updated_by_id_foreign" foreign key ("updated_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'TENANT_CREATED', 'TENANT_STATUS_CHANGED', 'PROVINCE_ACCESS_CHANGED', 'PRIVACY_NOTICE_PUBLISHED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED', 'MESSAGE_TEMPLATE_CHANGED'))`,
    );
  }
}
