import { Migration } from '@mikro-orm/migrations';
import { provinceOfCommune } from '../../tenant/admin-units.js';

/**
 * Many communes in one deployment (issue #12): a tenant is a commune or the province level, with
 * its province code, status and settings (display name, logo, contacts shown in the public footer,
 * the authority and chairman printed on documents, whether the province may read its personal
 * data); privacy notices may ask for fresh consent; the audit actions of creating communes and of
 * the province's access. Existing tenants are communes whose province comes from the official
 * list of administrative units.
 */
export class Migration20261204120000Tenants extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "tenant" add column "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null default 'COMMUNE', add column "province_code" varchar(8) not null default '', add column "status" text check ("status" in ('ACTIVE', 'SUSPENDED')) not null default 'ACTIVE', add column "share_data_with_province" boolean not null default false, add column "display_name" varchar(200) null, add column "logo_media_id" uuid null, add column "address" varchar(300) null, add column "phone" varchar(40) null, add column "email" varchar(254) null, add column "website" varchar(300) null, add column "authority_name" varchar(200) null, add column "chairman_name" varchar(200) null, add column "chairman_title" varchar(200) null`,
    );
    this.addSql(
      `create index "tenant_province_code_level_index" on "tenant" ("province_code", "level")`,
    );
    const rows = (await this.execute(`select "id", "code" from "tenant"`)) as {
      id: string;
      code: string;
    }[];
    for (const row of rows) {
      const province = provinceOfCommune(row.code);
      // Codes of the official list are digits only; the id is a uuid read from the table.
      if (province && /^\d+$/.test(province.code))
        this.addSql(
          `update "tenant" set "province_code" = '${province.code}' where "id" = '${row.id}'`,
        );
    }
    this.addSql(
      `alter table "privacy_notice" add column "requires_fresh_consent" boolean not null default false`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'TENANT_CREATED', 'TENANT_STATUS_CHANGED', 'PROVINCE_ACCESS_CHANGED', 'PRIVACY_NOTICE_PUBLISHED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED'))`,
    );
  }
}
