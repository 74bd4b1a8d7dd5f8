import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_PRIVACY_NOTICE } from '../../consent/privacy-notice.text.js';

/**
 * Reception and triage: revisions, steps with due dates, the author thread (renamed from
 * idea_response), attachments, consents and the privacy notice, the append-only audit log, the job
 * queue, the outbox and saved inbox views.
 */
export class Migration20261125100000Triage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "idea_response" rename to "idea_message"`);
    this.addSql(
      `alter table "idea_message" rename constraint "idea_response_pkey" to "idea_message_pkey"`,
    );
    this.addSql(
      `alter table "idea_message" rename constraint "idea_response_tenant_id_foreign" to "idea_message_tenant_id_foreign"`,
    );
    this.addSql(
      `alter table "idea_message" rename constraint "idea_response_idea_id_foreign" to "idea_message_idea_id_foreign"`,
    );
    this.addSql(
      `alter table "idea_message" rename constraint "idea_response_sent_by_id_foreign" to "idea_message_sent_by_id_foreign"`,
    );
    this.addSql(
      `alter index "idea_response_idea_id_created_at_index" rename to "idea_message_idea_id_created_at_index"`,
    );
    this.addSql(`alter table "idea_message" drop constraint if exists "idea_response_kind_check"`);
    this.addSql(
      `alter table "idea_message" add constraint "idea_message_kind_check" check ("kind" in ('ACKNOWLEDGEMENT', 'NEEDS_INFO', 'DECISION', 'UPDATE', 'REPLY'))`,
    );
    this.addSql(
      `alter table "idea_message" add column "direction" text check ("direction" in ('TO_AUTHOR', 'FROM_AUTHOR')) not null default 'TO_AUTHOR', add column "missing" jsonb null`,
    );
    this.addSql(
      `create table "job" ("id" uuid not null, "tenant_id" uuid null, "queue" varchar(60) not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'RUNNING', 'DONE', 'FAILED')) not null default 'PENDING', "run_at" timestamptz not null, "attempts" int not null default 0, "max_attempts" int not null default 8, "last_error" text null, "locked_at" timestamptz null, "finished_at" timestamptz null, "progress" jsonb null, "result" jsonb null, "created_by" uuid null, "created_at" timestamptz not null default now(), constraint "job_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "job_tenant_id_index" on "job" ("tenant_id")`);
    this.addSql(`create index "job_status_run_at_index" on "job" ("status", "run_at")`);
    this.addSql(
      `create table "privacy_notice" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "version" int not null, "title" varchar(300) not null, "body" text not null, "published_at" timestamptz not null, constraint "privacy_notice_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "privacy_notice" add constraint "privacy_notice_tenant_id_version_unique" unique ("tenant_id", "version")`,
    );
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "action" text check ("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ')) not null, "actor_id" uuid null, "actor_name" varchar(200) not null, "idea_id" uuid null, "reason" text null, "details" jsonb null, constraint "audit_entry_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "audit_entry_idea_id_index" on "audit_entry" ("idea_id")`);
    this.addSql(
      `create index "audit_entry_tenant_id_created_at_id_index" on "audit_entry" ("tenant_id", "created_at", "id")`,
    );
    this.addSql(
      `create table "saved_view" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "owner_id" uuid not null, "name" varchar(100) not null, "filters" jsonb not null, constraint "saved_view_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "saved_view_owner_id_index" on "saved_view" ("owner_id")`);
    this.addSql(
      `create table "outbound_message" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid null, "channel" text check ("channel" in ('EMAIL', 'SMS')) not null, "recipient" varchar(254) not null, "subject" varchar(300) null, "body" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null, "transport" varchar(40) null, constraint "outbound_message_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "outbound_message_idea_id_index" on "outbound_message" ("idea_id")`);
    this.addSql(
      `create index "outbound_message_tenant_id_created_at_index" on "outbound_message" ("tenant_id", "created_at")`,
    );
    this.addSql(
      `create table "idea_step" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "status" text check ("status" in ('SUBMITTED', 'NEEDS_INFO', 'DUPLICATE', 'OUT_OF_SCOPE', 'NOT_ELIGIBLE', 'ACCEPTED', 'IN_SUPPORT', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED', 'ARCHIVED', 'WITHDRAWN')) not null, "started_at" timestamptz not null, "due_at" timestamptz null, "ended_at" timestamptz null, "paused_at" timestamptz null, "paused_ms" bigint not null default 0, constraint "idea_step_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "idea_step_idea_id_index" on "idea_step" ("idea_id")`);
    this.addSql(`create index idea_step_open_index on idea_step (idea_id) where ended_at is null`);
    this.addSql(
      `create index "idea_step_tenant_id_ended_at_due_at_index" on "idea_step" ("tenant_id", "ended_at", "due_at")`,
    );
    this.addSql(
      `create table "idea_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "number" int not null, "source" text check ("source" in ('SUBMISSION', 'AUTHOR_SUPPLEMENT', 'STAFF_CLASSIFICATION')) not null, "title" varchar(300) not null, "problem" text not null, "solution" text not null, "benefit" text not null, "requirements" text null, "maturity" text check ("maturity" in ('PRELIMINARY', 'COMPLETE', 'TESTED')) not null, "field_ids" jsonb not null, "note" text null, "digest" varchar(64) not null, constraint "idea_revision_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "idea_revision" add constraint "idea_revision_idea_id_number_unique" unique ("idea_id", "number")`,
    );
    this.addSql(
      `create table "consent" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "authorship_id" uuid not null, "kind" text check ("kind" in ('PROCESS_DATA', 'SHOW_NAME', 'PUBLISH_CONTENT', 'ALLOW_PILOT', 'ALLOW_SCALE')) not null, "notice_version" int not null, "channel" text check ("channel" in ('ONLINE', 'PAPER')) not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "consent_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "consent_authorship_id_kind_index" on "consent" ("authorship_id", "kind")`,
    );
    this.addSql(
      `create table "attachment" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid null, "kind" text check ("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE')) not null, "file_name" varchar(255) not null, "mime_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(300) not null, "uploaded_by_id" uuid null, "attached_at" timestamptz null, constraint "attachment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "attachment_idea_id_index" on "attachment" ("idea_id")`);
    this.addSql(
      `alter table "privacy_notice" add constraint "privacy_notice_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "saved_view" add constraint "saved_view_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "saved_view" add constraint "saved_view_owner_id_foreign" foreign key ("owner_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "outbound_message" add constraint "outbound_message_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "outbound_message" add constraint "outbound_message_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea_step" add constraint "idea_step_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea_step" add constraint "idea_step_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "idea_revision" add constraint "idea_revision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea_revision" add constraint "idea_revision_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_authorship_id_foreign" foreign key ("authorship_id") references "authorship" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "idea_event" drop constraint if exists "idea_event_kind_check"`);
    this.addSql(
      `alter table "idea" add column "feasibility" text check ("feasibility" in ('HIGH', 'MEDIUM', 'LOW')) null, add column "applicability" text check ("applicability" in ('WIDE', 'LOCAL', 'LIMITED')) null, add column "route" text check ("route" in ('SUPPORT', 'COUNCIL_REVIEW', 'ARCHIVE_MONITOR')) null, add column "duplicate_of_id" uuid null, add column "assignee_id" uuid null, add column "responded_at" timestamptz null, add column "revision" int not null default 1`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "idea" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_assignee_id_foreign" foreign key ("assignee_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`create index "idea_duplicate_of_id_index" on "idea" ("duplicate_of_id")`);
    this.addSql(`create index "idea_assignee_id_index" on "idea" ("assignee_id")`);
    this.addSql(
      `alter table "idea_event" add constraint "idea_event_kind_check" check("kind" in ('SUBMITTED', 'STATUS_CHANGED', 'PUBLISHED', 'UNPUBLISHED', 'CLASSIFIED', 'SUPPLEMENTED', 'ASSIGNED', 'DUE_DATE_CHANGED'))`,
    );
    this.addSql(`alter table "authorship" add column "confirmed_at" timestamptz null`);
    this
      .addSql(`-- The audit log is append-only: no role of the application can change or remove an entry.
    create or replace function kn_audit_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = '42501';
    end $$`);
    this.addSql(
      `create trigger audit_entry_append_only before update or delete on audit_entry for each row execute function kn_audit_append_only()`,
    );
    this.addSql(
      `create trigger audit_entry_no_truncate before truncate on audit_entry for each statement execute function kn_audit_append_only()`,
    );
    this
      .addSql(`-- Existing ideas: their submission becomes revision 1, their current status an open step.
    insert into idea_revision (id, tenant_id, idea_id, number, source, title, problem, solution, benefit, requirements, maturity, field_ids, digest, created_at)
    select gen_random_uuid(), i.tenant_id, i.id, 1, 'SUBMISSION', i.title, i.problem, i.solution, i.benefit, i.requirements, i.maturity,
           coalesce((select jsonb_agg(f.field_id order by f.field_id) from idea_field f where f.idea_id = i.id), '[]'::jsonb), i.digest, i.received_at
      from idea i`);
    this.addSql(`insert into idea_step (id, tenant_id, idea_id, status, started_at, created_at)
    select gen_random_uuid(), i.tenant_id, i.id, i.status, i.updated_at, i.updated_at from idea i`);
    this.addSql(`update authorship set confirmed_at = created_at where role = 'LEAD'`);
    this.addSql(`update idea i set responded_at = m.first_at
      from (select idea_id, min(created_at) as first_at from idea_message where kind in ('NEEDS_INFO', 'DECISION') group by idea_id) m
     where m.idea_id = i.id`);
    // Every existing commune starts with version 1 of the privacy notice (it is needed to submit).
    this.addSql(
      this.getKnex().raw(
        `insert into privacy_notice (id, tenant_id, version, title, body, published_at, created_at)
         select gen_random_uuid(), t.id, 1, ?, ?, now(), now() from tenant t`,
        [DEFAULT_PRIVACY_NOTICE.title, DEFAULT_PRIVACY_NOTICE.body],
      ),
    );
  }
}
