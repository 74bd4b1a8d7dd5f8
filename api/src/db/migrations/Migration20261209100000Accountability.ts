import { Migration } from '@mikro-orm/migrations';

/**
 * Accountability (issue #17): feedback and complaints about how an idea was received, judged or
 * used, answered by the hub by a due date or escalated to a rights dispute.
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
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "handling_feedback" cascade`);
  }
}
