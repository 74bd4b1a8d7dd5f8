import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_RUBRIC } from '../../council/rubric.defaults.js';
import { DEFAULT_AWARD_RATES, DEFAULT_BASE_SALARY } from '../../award/award.defaults.js';

/**
 * Councils and scoring, support, pilots and adoption, recognition and awards (§III.3–III.5).
 * Existing campaigns get the default rubric, existing communes the dated award settings.
 */
export class Migration20261126000000Councils extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rubric_criterion" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "campaign_id" uuid not null, "code" varchar(60) not null, "name" varchar(300) not null, "description" text null, "weight" double precision not null, "scale_max" int not null, "sort_order" int not null, constraint "rubric_criterion_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "rubric_criterion_campaign_id_index" on "rubric_criterion" ("campaign_id")`,
    );
    this.addSql(
      `alter table "rubric_criterion" add constraint "rubric_criterion_campaign_id_code_unique" unique ("campaign_id", "code")`,
    );
    this.addSql(
      `create table "base_salary" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "amount" int not null, "valid_from" date not null, "legal_basis" varchar(300) null, constraint "base_salary_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "base_salary_tenant_id_valid_from_index" on "base_salary" ("tenant_id", "valid_from")`,
    );
    this.addSql(
      `alter table "base_salary" add constraint "base_salary_tenant_id_valid_from_unique" unique ("tenant_id", "valid_from")`,
    );
    this.addSql(
      `create table "award_rate" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "form" text check ("form" in ('COMMUNE_CERTIFICATE', 'ADVANCED_WORKER', 'HIGHER_LEVEL')) not null, "recipient_kind" text check ("recipient_kind" in ('INDIVIDUAL', 'COLLECTIVE')) not null, "coefficient" double precision not null, "valid_from" date not null, "legal_basis" varchar(300) null, constraint "award_rate_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "award_rate" add constraint "award_rate_tenant_id_form_recipient_kind_valid_from_unique" unique ("tenant_id", "form", "recipient_kind", "valid_from")`,
    );
    this.addSql(
      `create table "support_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "expert_id" uuid null, "unit_id" uuid null, "goal" text not null, "status" text check ("status" in ('ACTIVE', 'DONE')) not null default 'ACTIVE', "completed_at" timestamptz null, constraint "support_plan_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "support_plan_idea_id_index" on "support_plan" ("idea_id")`);
    this.addSql(`create index "support_plan_expert_id_index" on "support_plan" ("expert_id")`);
    this.addSql(`create index "support_plan_unit_id_index" on "support_plan" ("unit_id")`);
    this.addSql(
      `create table "support_task" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "plan_id" uuid not null, "title" varchar(300) not null, "due_at" timestamptz null, "done_at" timestamptz null, constraint "support_task_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "support_task_plan_id_index" on "support_task" ("plan_id")`);
    this.addSql(
      `create table "pilot" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "host_unit_id" uuid not null, "scope" text not null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in ('RUNNING', 'REPORTED')) not null default 'RUNNING', "budget" jsonb not null, "indicators" jsonb not null, "results" text null, "recommendation" text check ("recommendation" in ('APPLY', 'SCALE', 'STOP')) null, "reported_at" timestamptz null, constraint "pilot_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "pilot_idea_id_index" on "pilot" ("idea_id")`);
    this.addSql(
      `create table "pilot_update" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "pilot_id" uuid not null, "note" text not null, "values" jsonb not null, "author_id" uuid null, constraint "pilot_update_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "pilot_update_pilot_id_index" on "pilot_update" ("pilot_id")`);
    this.addSql(
      `create table "council" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(300) not null, "decision_number" varchar(60) not null, "decision_date" date not null, "signer" varchar(200) not null, "decision_document_id" uuid null, "campaign_id" uuid null, "term_start" date not null, "term_end" date not null, "quorum" int not null, "rule" text check ("rule" in ('SCORE', 'VOTE', 'SCORE_AND_VOTE')) not null, "score_threshold" double precision not null default 70, "active" boolean not null default true, constraint "council_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "council_campaign_id_index" on "council" ("campaign_id")`);
    this.addSql(
      `create table "review" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "council_id" uuid not null, "assigned_at" timestamptz not null, "due_at" timestamptz null, "status" text check ("status" in ('OPEN', 'CONCLUDED')) not null default 'OPEN', "conclusion" text check ("conclusion" in ('RECOMMEND_PILOT', 'SEND_TO_SUPPORT', 'ARCHIVE')) null, "reasons" text null, "concluded_at" timestamptz null, "concluded_by_id" uuid null, "result_snapshot" jsonb null, constraint "review_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "review_idea_id_index" on "review" ("idea_id")`);
    this.addSql(`create index "review_council_id_index" on "review" ("council_id")`);
    this.addSql(`create index "review_tenant_id_status_index" on "review" ("tenant_id", "status")`);
    this.addSql(
      `create table "council_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "council_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')) not null, "title" varchar(300) not null, "external" boolean not null default false, constraint "council_member_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "council_member_user_id_index" on "council_member" ("user_id")`);
    this.addSql(
      `alter table "council_member" add constraint "council_member_council_id_user_id_unique" unique ("council_id", "user_id")`,
    );
    this.addSql(
      `create table "score" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "review_id" uuid not null, "member_id" uuid not null, "criterion_id" uuid not null, "value" double precision not null, "comment" text null, "updated_at" timestamptz not null default now(), constraint "score_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "score_review_id_index" on "score" ("review_id")`);
    this.addSql(
      `alter table "score" add constraint "score_review_id_member_id_criterion_id_unique" unique ("review_id", "member_id", "criterion_id")`,
    );
    this.addSql(
      `create table "review_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "review_id" uuid not null, "member_id" uuid not null, "conflict" boolean null, "conflict_note" text null, "declared_at" timestamptz null, "submitted_at" timestamptz null, "vote" text check ("vote" in ('FOR', 'AGAINST', 'ABSTAIN')) null, "voted_at" timestamptz null, constraint "review_participant_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "review_participant_member_id_index" on "review_participant" ("member_id")`,
    );
    this.addSql(
      `alter table "review_participant" add constraint "review_participant_review_id_member_id_unique" unique ("review_id", "member_id")`,
    );
    this.addSql(
      `create table "council_field" ("council_id" uuid not null, "field_id" uuid not null, constraint "council_field_pkey" primary key ("council_id", "field_id"))`,
    );
    this.addSql(
      `create table "award" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "form" text check ("form" in ('COMMUNE_CERTIFICATE', 'ADVANCED_WORKER', 'HIGHER_LEVEL')) not null, "higher_level_form" varchar(300) null, "recipient_kind" text check ("recipient_kind" in ('INDIVIDUAL', 'COLLECTIVE')) not null, "recipient_name" varchar(300) not null, "person_id" uuid null, "unit_id" uuid null, "achievement" text not null, "evidence" jsonb not null, "status" text check ("status" in ('PROPOSED', 'DECIDED', 'REVOKED')) not null default 'PROPOSED', "decision_number" varchar(60) null, "decision_date" date null, "coefficient" double precision null, "base_salary" int null, "prize_amount" int null, "revoked_at" timestamptz null, "revoke_reason" text null, "proposed_by_id" uuid null, constraint "award_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "award_idea" ("award_id" uuid not null, "idea_id" uuid not null, constraint "award_idea_pkey" primary key ("award_id", "idea_id"))`,
    );
    this.addSql(
      `create table "adoption" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "unit_id" uuid not null, "kind" text check ("kind" in ('APPLIED', 'SCALED')) not null, "adopted_on" date not null, "results" text not null, "measurements" jsonb not null, "programmes" text[] not null, "pilot_id" uuid null, constraint "adoption_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "adoption_idea_id_index" on "adoption" ("idea_id")`);
    this.addSql(`create index "adoption_unit_id_index" on "adoption" ("unit_id")`);
    this.addSql(
      `alter table "rubric_criterion" add constraint "rubric_criterion_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "rubric_criterion" add constraint "rubric_criterion_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "base_salary" add constraint "base_salary_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "award_rate" add constraint "award_rate_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "support_plan" add constraint "support_plan_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "support_plan" add constraint "support_plan_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "support_plan" add constraint "support_plan_expert_id_foreign" foreign key ("expert_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "support_plan" add constraint "support_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "support_task" add constraint "support_task_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "support_task" add constraint "support_task_plan_id_foreign" foreign key ("plan_id") references "support_plan" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "pilot" add constraint "pilot_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "pilot" add constraint "pilot_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "pilot" add constraint "pilot_host_unit_id_foreign" foreign key ("host_unit_id") references "unit" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "pilot_update" add constraint "pilot_update_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "pilot_update" add constraint "pilot_update_pilot_id_foreign" foreign key ("pilot_id") references "pilot" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "pilot_update" add constraint "pilot_update_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "council" add constraint "council_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "council" add constraint "council_decision_document_id_foreign" foreign key ("decision_document_id") references "attachment" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "council" add constraint "council_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "review" add constraint "review_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "review" add constraint "review_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "review" add constraint "review_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "review" add constraint "review_concluded_by_id_foreign" foreign key ("concluded_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "council_member" add constraint "council_member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "council_member" add constraint "council_member_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "council_member" add constraint "council_member_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "score" add constraint "score_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "score" add constraint "score_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "score" add constraint "score_member_id_foreign" foreign key ("member_id") references "council_member" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "score" add constraint "score_criterion_id_foreign" foreign key ("criterion_id") references "rubric_criterion" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "review_participant" add constraint "review_participant_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "review_participant" add constraint "review_participant_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "review_participant" add constraint "review_participant_member_id_foreign" foreign key ("member_id") references "council_member" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "council_field" add constraint "council_field_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "council_field" add constraint "council_field_field_id_foreign" foreign key ("field_id") references "field" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "award" add constraint "award_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "award" add constraint "award_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "award" add constraint "award_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "award" add constraint "award_proposed_by_id_foreign" foreign key ("proposed_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "award_idea" add constraint "award_idea_award_id_foreign" foreign key ("award_id") references "award" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "award_idea" add constraint "award_idea_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_pilot_id_foreign" foreign key ("pilot_id") references "pilot" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check"`);
    this.addSql(`alter table "campaign" add column "rubric_frozen_at" timestamptz null`);
    this.addSql(
      `alter table "idea" add column "support_expert_id" uuid null, add column "support_unit_id" uuid null, add column "honoured_at" timestamptz null, add column "honour_citation" text null`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_support_expert_id_foreign" foreign key ("support_expert_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_support_unit_id_foreign" foreign key ("support_unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(`create index "idea_support_expert_id_index" on "idea" ("support_expert_id")`);
    this.addSql(`create index "idea_support_unit_id_index" on "idea" ("support_unit_id")`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE', 'DECISION', 'REPORT'))`,
    );
    this.addSql(`create index council_field_field_id_index on council_field (field_id)`);
    this.addSql(`create index award_idea_idea_id_index on award_idea (idea_id)`);
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "idea_revision" drop constraint if exists "idea_revision_source_check"`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED'))`,
    );
    this.addSql(
      `alter table "idea_revision" add constraint "idea_revision_source_check" check("source" in ('SUBMISSION', 'AUTHOR_SUPPLEMENT', 'STAFF_CLASSIFICATION', 'SUPPORT'))`,
    );
    const knex = this.getKnex();
    for (const c of DEFAULT_RUBRIC) {
      this.addSql(
        knex.raw(
          `insert into rubric_criterion (id, tenant_id, campaign_id, code, name, weight, scale_max, sort_order, created_at)
           select gen_random_uuid(), c.tenant_id, c.id, ?, ?, ?, ?, ?, now() from campaign c`,
          [c.code, c.name, c.weight, c.scaleMax, c.sortOrder],
        ),
      );
    }
    this.addSql(
      knex.raw(
        `insert into base_salary (id, tenant_id, amount, valid_from, legal_basis, created_at)
         select gen_random_uuid(), t.id, ?, ?, ?, now() from tenant t`,
        [DEFAULT_BASE_SALARY.amount, DEFAULT_BASE_SALARY.validFrom, DEFAULT_BASE_SALARY.legalBasis],
      ),
    );
    for (const r of DEFAULT_AWARD_RATES) {
      this.addSql(
        knex.raw(
          `insert into award_rate (id, tenant_id, form, recipient_kind, coefficient, valid_from, legal_basis, created_at)
           select gen_random_uuid(), t.id, ?, ?, ?, ?, ?, now() from tenant t`,
          [r.form, r.recipientKind, r.coefficient, r.validFrom, r.legalBasis],
        ),
      );
    }
  }
}
