import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_PARTICIPANT_GROUPS } from '../../person/participant-group.entity.js';

const esc = (s: string) => s.replace(/'/g, "''");

/**
 * The movement's management (issue #16): participant groups on authors and ideas, units'
 * implementation plans, targets, movement activities, units' requests to the hub, a pilot report
 * the host unit proposes, the scoreboard's weights and frozen records, news a unit's own editor
 * drafts for the commune's editor to approve.
 */
export class Migration20261208100000Movement extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scoreboard_setting" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "weights" jsonb not null, "updated_at" timestamptz not null default now(), constraint "scoreboard_setting_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "scoreboard_setting" add constraint "scoreboard_setting_tenant_id_unique" unique ("tenant_id")`,
    );
    this.addSql(
      `create table "participant_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(60) not null, "name" varchar(200) not null, "name_en" varchar(200) null, "sort_order" int not null default 0, "active" boolean not null default true, constraint "participant_group_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "participant_group" add constraint "participant_group_tenant_id_code_unique" unique ("tenant_id", "code")`,
    );
    this.addSql(
      `create table "scoreboard_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "period_key" varchar(60) not null, "snapshot" jsonb not null, "frozen_at" timestamptz not null, "frozen_by_id" uuid null, "frozen_by_name" varchar(200) not null, constraint "scoreboard_record_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "scoreboard_record" add constraint "scoreboard_record_tenant_id_period_key_unique" unique ("tenant_id", "period_key")`,
    );
    this.addSql(
      `create table "movement_target" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "year" smallint not null, "phase_id" uuid null, "unit_id" uuid null, "unit_kind" text check ("unit_kind" in ('PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'FATHERLAND_FRONT', 'MASS_ORGANISATION', 'WOMENS_UNION', 'YOUTH_UNION', 'FARMERS_ASSOCIATION', 'VETERANS_ASSOCIATION', 'VILLAGE', 'RESIDENTIAL_GROUP', 'SCHOOL', 'HEALTH_STATION', 'PUBLIC_SERVICE', 'POLICE', 'MILITARY', 'ENTERPRISE', 'COOPERATIVE', 'OTHER')) null, "area_type" text check ("area_type" in ('URBAN', 'RURAL', 'MOUNTAIN', 'REMOTE', 'SPECIAL_DIFFICULTY')) null, "field_id" uuid null, "participant_group_id" uuid null, "metric" text check ("metric" in ('RECEIVED', 'RESPONSE_RATE', 'ACCEPTED', 'PILOTS', 'APPLICATIONS', 'SCALINGS', 'HONOURS')) not null, "value" double precision not null, "scope_key" varchar(300) not null, "set_by_id" uuid null, constraint "movement_target_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_tenant_id_year_scope_key_unique" unique ("tenant_id", "year", "scope_key")`,
    );
    this.addSql(
      `create table "movement_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "kind" text check ("kind" in ('MEETING', 'CONFERENCE', 'PROPAGANDA', 'TRAINING', 'OTHER')) not null, "title" varchar(300) not null, "held_on" date not null, "audience" int not null, "notes" text null, "photo_ids" jsonb not null default '[]', "recorded_by_id" uuid null, constraint "movement_activity_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "movement_activity_unit_id_index" on "movement_activity" ("unit_id")`,
    );
    this.addSql(
      `create table "unit_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "year" smallint not null, "document_number" varchar(60) null, "document_date" date null, "file_id" uuid null, "status" text check ("status" in ('DRAFT', 'ISSUED', 'IN_PROGRESS', 'REVIEWED')) not null default 'DRAFT', "own_targets" text null, "reception_point_id" uuid null, "updated_at" timestamptz not null default now(), "updated_by_id" uuid null, constraint "unit_plan_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_unit_id_year_unique" unique ("unit_id", "year")`,
    );
    this.addSql(
      `create table "unit_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "kind" text check ("kind" in ('DIFFICULTY', 'SUPPORT')) not null, "subject" varchar(300) not null, "status" text check ("status" in ('OPEN', 'ANSWERED', 'CLOSED')) not null default 'OPEN', "due_on" date not null, "raised_by_id" uuid null, "answered_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "unit_request_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "unit_request_unit_id_index" on "unit_request" ("unit_id")`);
    this.addSql(
      `create table "unit_request_message" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "request_id" uuid not null, "body" text not null, "from_hub" boolean not null, "author_name" varchar(200) not null, "author_id" uuid null, constraint "unit_request_message_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "unit_request_message_request_id_index" on "unit_request_message" ("request_id")`,
    );
    this.addSql(
      `alter table "scoreboard_setting" add constraint "scoreboard_setting_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "participant_group" add constraint "participant_group_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "scoreboard_record" add constraint "scoreboard_record_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "scoreboard_record" add constraint "scoreboard_record_frozen_by_id_foreign" foreign key ("frozen_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_phase_id_foreign" foreign key ("phase_id") references "campaign_phase" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_field_id_foreign" foreign key ("field_id") references "field" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_participant_group_id_foreign" foreign key ("participant_group_id") references "participant_group" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "movement_target" add constraint "movement_target_set_by_id_foreign" foreign key ("set_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "movement_activity" add constraint "movement_activity_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "movement_activity" add constraint "movement_activity_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "movement_activity" add constraint "movement_activity_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_file_id_foreign" foreign key ("file_id") references "attachment" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_reception_point_id_foreign" foreign key ("reception_point_id") references "reception_point" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_plan" add constraint "unit_plan_updated_by_id_foreign" foreign key ("updated_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_request" add constraint "unit_request_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit_request" add constraint "unit_request_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "unit_request" add constraint "unit_request_raised_by_id_foreign" foreign key ("raised_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "unit_request_message" add constraint "unit_request_message_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit_request_message" add constraint "unit_request_message_request_id_foreign" foreign key ("request_id") references "unit_request" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "unit_request_message" add constraint "unit_request_message_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check"`);
    this.addSql(
      `alter table "person" add column "participant_group_id" uuid null, add column "age_band" text check ("age_band" in ('UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_60', 'OVER_60')) null, add column "gender" text check ("gender" in ('FEMALE', 'MALE', 'OTHER')) null`,
    );
    this.addSql(
      `alter table "person" add constraint "person_participant_group_id_foreign" foreign key ("participant_group_id") references "participant_group" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED', 'TENANT_CREATED', 'TENANT_STATUS_CHANGED', 'PROVINCE_ACCESS_CHANGED', 'PRIVACY_NOTICE_PUBLISHED', 'ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'TWO_FACTOR_ENABLED', 'TWO_FACTOR_DISABLED', 'RECOVERY_CODE_USED', 'SESSION_ENDED', 'ACCOUNT_LOCKED', 'UNIT_CHANGED', 'UNIT_MERGED', 'RECEPTION_POINT_CHANGED', 'FIELD_CHANGED', 'CAMPAIGN_CHANGED', 'MESSAGE_TEMPLATE_CHANGED', 'API_KEY_CREATED', 'API_KEY_REVOKED', 'WEBHOOK_CHANGED', 'MOVEMENT_CHANGED', 'SCOREBOARD_FROZEN'))`,
    );
    this.addSql(`alter table "idea" add column "participant_group_id" uuid null`);
    this.addSql(
      `alter table "idea" add constraint "idea_participant_group_id_foreign" foreign key ("participant_group_id") references "participant_group" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `create index "idea_participant_group_id_index" on "idea" ("participant_group_id")`,
    );
    this.addSql(`alter table "pilot" add column "proposed_report" jsonb null`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE', 'DECISION', 'REPORT', 'EVIDENCE', 'PLAN_DOCUMENT', 'ACTIVITY_PHOTO'))`,
    );
    this.addSql(
      `alter table "post" add column "unit_id" uuid null, add column "review_requested_at" timestamptz null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(`create index "post_unit_id_index" on "post" ("unit_id")`);
    // Every existing commune gets the default list of participant groups (§II.2).
    DEFAULT_PARTICIPANT_GROUPS.forEach((g, i) =>
      this.addSql(
        `insert into "participant_group" ("id", "tenant_id", "code", "name", "name_en", "sort_order")
         select gen_random_uuid(), t.id, '${esc(g.code)}', '${esc(g.name)}', '${esc(g.nameEn)}', ${i + 1} from "tenant" t`,
      ),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idea" drop column if exists "participant_group_id"`);
    this.addSql(
      `alter table "person" drop column if exists "participant_group_id", drop column if exists "age_band", drop column if exists "gender"`,
    );
    this.addSql(`alter table "pilot" drop column if exists "proposed_report"`);
    this.addSql(
      `alter table "post" drop column if exists "unit_id", drop column if exists "review_requested_at"`,
    );
    for (const t of [
      'unit_request_message',
      'unit_request',
      'unit_plan',
      'movement_activity',
      'movement_target',
      'scoreboard_record',
      'scoreboard_setting',
      'participant_group',
    ])
      this.addSql(`drop table if exists "${t}" cascade`);
    this.addSql(
      `delete from "audit_entry" where "action" in ('MOVEMENT_CHANGED', 'SCOREBOARD_FROZEN')`,
    );
    this.addSql(`delete from "attachment" where "kind" in ('PLAN_DOCUMENT', 'ACTIVITY_PHOTO')`);
  }
}
