import { Migration } from '@mikro-orm/migrations';

/**
 * Accountability (issue #17): feedback and complaints about how an idea was received, judged or
 * used, answered by the hub by a due date or escalated to a rights dispute; the movement's
 * spending lines and estimates (§VI).
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
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "spending_line" cascade`);
    this.addSql(`drop table if exists "budget_estimate" cascade`);
    this.addSql(`drop table if exists "handling_feedback" cascade`);
  }
}
