import { Migration } from '@mikro-orm/migrations';

/**
 * Partners' API keys (issue #14): the key's SHA-256 (the key itself is shown once), its scopes,
 * its limit per minute, expiry, revocation and use counter; the audit actions of creating and
 * revoking one.
 */
export class Migration20261205140000ApiKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(120) not null, "prefix" varchar(24) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "requests_per_minute" integer not null default 600, "expires_at" timestamptz null, "last_used_at" timestamptz null, "use_count" bigint not null default 0, "revoked_at" timestamptz null, "created_by_name" varchar(200) not null, constraint "api_key_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix")`);
    this.addSql(`create index "api_key_tenant_id_index" on "api_key" ("tenant_id")`);
    this.addSql(
      `alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'TENANT_CREATED', 'TENANT_STATUS_CHANGED', 'PROVINCE_ACCESS_CHANGED', 'PRIVACY_NOTICE_PUBLISHED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED', 'MESSAGE_TEMPLATE_CHANGED', 'API_KEY_CREATED', 'API_KEY_REVOKED'))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key"`);
  }
}
