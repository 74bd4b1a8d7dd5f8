import { Migration } from '@mikro-orm/migrations';

/**
 * Staff accounts and sign-in (issue 12): invited accounts (no email or password yet, activated when
 * the invitation is accepted), one-time invitations (emailed link or printed code), password reset
 * links, TOTP second factor (secret on the account, hashed recovery codes, login challenges), the
 * commune setting that makes TOTP mandatory for ADMIN and HUB, the audit actions of accounts, and
 * the table where rate-limiter-flexible counts failed logins (shared by every API process).
 */
export class Migration20261204100000Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staff_user" alter column "email" drop not null`);
    this.addSql(`alter table "staff_user" alter column "password_hash" drop not null`);
    this.addSql(
      `alter table "staff_user" add column "activated_at" timestamptz null, add column "totp_secret" varchar(64) null, add column "totp_enabled_at" timestamptz null`,
    );
    this.addSql(
      `update "staff_user" set "activated_at" = "created_at" where "password_hash" is not null`,
    );
    this.addSql(
      `alter table "tenant" add column "require_two_factor_for_admins" boolean not null default false`,
    );
    this.addSql(
      `create table "staff_invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "user_id" uuid not null, "method" text check ("method" in ('EMAIL_LINK', 'PRINTED_CODE')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by_id" uuid null, "invited_by_name" varchar(200) null, constraint "staff_invitation_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "staff_invitation_user_id_index" on "staff_invitation" ("user_id")`);
    this.addSql(
      `alter table "staff_invitation" add constraint "staff_invitation_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `alter table "staff_invitation" add constraint "staff_invitation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "staff_invitation" add constraint "staff_invitation_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id")`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create table "recovery_code" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, constraint "recovery_code_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "recovery_code_user_id_index" on "recovery_code" ("user_id")`);
    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create table "login_challenge" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "attempts" int not null default 0, "user_agent" varchar(300) null, constraint "login_challenge_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "login_challenge_user_id_index" on "login_challenge" ("user_id")`);
    this.addSql(
      `alter table "login_challenge" add constraint "login_challenge_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `alter table "login_challenge" add constraint "login_challenge_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "login_challenge" add constraint "login_challenge_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    // rate-limiter-flexible's own table (RateLimiterPostgres with tableCreated: true); not an entity.
    this.addSql(
      `create table "login_rate_limit" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint, constraint "login_rate_limit_pkey" primary key ("key"))`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED'))`,
    );
  }
}
