import { Migration } from '@mikro-orm/migrations';

/**
 * The commune's organisation (issue 12): every unit kind of §II.1 of the plan, population, merges
 * (the merged unit keeps its ideas and points at the unit it joined) and former names; the officers
 * assigned to each reception point (a join table owned by the point); the phase of a campaign set
 * as current by hand (`pinned_phase_id`, otherwise the phase holding today); the audit actions of
 * changing units, reception points, fields and campaigns.
 */
export class Migration20261204110000Organisation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint if exists "unit_kind_check"`);
    this.addSql(
      `alter table "unit" add constraint "unit_kind_check" check("kind" in ('PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'FATHERLAND_FRONT', 'MASS_ORGANISATION', 'WOMENS_UNION', 'YOUTH_UNION', 'FARMERS_ASSOCIATION', 'VETERANS_ASSOCIATION', 'VILLAGE', 'RESIDENTIAL_GROUP', 'SCHOOL', 'HEALTH_STATION', 'PUBLIC_SERVICE', 'POLICE', 'MILITARY', 'ENTERPRISE', 'COOPERATIVE', 'OTHER'))`,
    );
    this.addSql(
      `alter table "unit" add column "population" int null, add column "merged_into_id" uuid null, add column "merged_at" timestamptz null, add column "former_names" jsonb not null default '[]'`,
    );
    this.addSql(`create index "unit_merged_into_id_index" on "unit" ("merged_into_id")`);
    this.addSql(
      `alter table "unit" add constraint "unit_merged_into_id_foreign" foreign key ("merged_into_id") references "unit" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `create table "reception_point_officer" ("reception_point_id" uuid not null, "staff_user_id" uuid not null, constraint "reception_point_officer_pkey" primary key ("reception_point_id", "staff_user_id"))`,
    );
    this.addSql(
      `alter table "reception_point_officer" add constraint "reception_point_officer_reception_point_id_foreign" foreign key ("reception_point_id") references "reception_point" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "reception_point_officer" add constraint "reception_point_officer_staff_user_id_foreign" foreign key ("staff_user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create index reception_point_officer_staff_user_id_index on reception_point_officer (staff_user_id)`,
    );
    this.addSql(`alter table "campaign" add column "pinned_phase_id" uuid null`);
    this.addSql(
      `alter table "campaign" add constraint "campaign_pinned_phase_id_foreign" foreign key ("pinned_phase_id") references "campaign_phase" ("id") on update cascade on delete set null`,
    );
    // Every action known so far (those of the accounts migration before this one included).
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED'))`,
    );
  }
}
