import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_HOLIDAYS } from '../../common/vietnam-time.js';

/**
 * Authors' rights and personal data (§III.6): co-author confirmation, consents by a guardian,
 * origin declarations, confidential parts, rights status and disputes, the public receipt log
 * (written by the database itself), data-subject requests and the public-holiday calendar.
 */
export class Migration20261127000000Rights extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "receipt_log" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "seq" bigint not null, "kind" text check ("kind" in ('SUBMISSION', 'REVISION')) not null, "idea_id" uuid not null, "revision" int not null, "digest" varchar(64) not null, "recorded_at" timestamptz not null, "prev_hash" varchar(64) not null, "entry_hash" varchar(64) not null, constraint "receipt_log_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "receipt_log_digest_index" on "receipt_log" ("digest")`);
    this.addSql(
      `alter table "receipt_log" add constraint "receipt_log_tenant_id_seq_unique" unique ("tenant_id", "seq")`,
    );
    this.addSql(
      `create table "public_holiday" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "day" varchar(10) not null, "name" varchar(200) not null, constraint "public_holiday_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "public_holiday_day_index" on "public_holiday" ("day")`);
    this.addSql(
      `alter table "public_holiday" add constraint "public_holiday_tenant_id_day_unique" unique ("tenant_id", "day")`,
    );
    this.addSql(
      `create table "rights_decision" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "from_status" text check ("from_status" in ('UNCLEAR', 'ESTABLISHED', 'DISPUTED')) null, "to_status" text check ("to_status" in ('UNCLEAR', 'ESTABLISHED', 'DISPUTED')) not null, "reason" text not null, "evidence_ids" jsonb not null, "decided_by_id" uuid null, constraint "rights_decision_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "rights_decision_idea_id_created_at_index" on "rights_decision" ("idea_id", "created_at")`,
    );
    this.addSql(
      `create table "dispute" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "party" text check ("party" in ('AUTHOR', 'THIRD_PARTY')) not null, "claimant_name" varchar(200) not null, "claimant_contact" varchar(254) not null, "statement" text not null, "evidence_ids" jsonb not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'DISMISSED')) not null default 'OPEN', "resolution" text null, "resolved_at" timestamptz null, "resolved_by_id" uuid null, constraint "dispute_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "dispute_idea_id_index" on "dispute" ("idea_id")`);
    this.addSql(
      `create index "dispute_tenant_id_status_created_at_index" on "dispute" ("tenant_id", "status", "created_at")`,
    );
    this.addSql(
      `create table "data_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "idea_id" uuid null, "kind" text check ("kind" in ('ACCESS', 'CORRECT', 'EXPORT', 'ERASE', 'RESTRICT', 'WITHDRAW_CONSENT')) not null, "channel" text check ("channel" in ('TRACKING_PAGE', 'IN_PERSON')) not null, "details" text null, "corrections" jsonb null, "consent_kinds" jsonb null, "status" text check ("status" in ('RECEIVED', 'DONE', 'REFUSED')) not null default 'RECEIVED', "received_at" timestamptz not null, "due_at" timestamptz not null, "received_by_id" uuid null, "handled_at" timestamptz null, "handled_by_id" uuid null, "outcome" text null, "result" jsonb null, constraint "data_request_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "data_request_person_id_index" on "data_request" ("person_id")`);
    this.addSql(
      `create index "data_request_tenant_id_status_due_at_index" on "data_request" ("tenant_id", "status", "due_at")`,
    );
    this.addSql(
      `alter table "receipt_log" add constraint "receipt_log_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "public_holiday" add constraint "public_holiday_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "rights_decision" add constraint "rights_decision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "rights_decision" add constraint "rights_decision_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "rights_decision" add constraint "rights_decision_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "dispute" add constraint "dispute_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "dispute" add constraint "dispute_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "dispute" add constraint "dispute_resolved_by_id_foreign" foreign key ("resolved_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "data_request" add constraint "data_request_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "data_request" add constraint "data_request_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "data_request" add constraint "data_request_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "data_request" add constraint "data_request_received_by_id_foreign" foreign key ("received_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "data_request" add constraint "data_request_handled_by_id_foreign" foreign key ("handled_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(`alter table "idea_event" drop constraint if exists "idea_event_kind_check"`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check"`);
    this.addSql(
      `alter table "person" add column "kind" text check ("kind" in ('INDIVIDUAL', 'ORGANISATION')) not null default 'INDIVIDUAL', add column "anonymised_at" timestamptz null, add column "restricted_at" timestamptz null`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED'))`,
    );
    this.addSql(
      `alter table "idea" add column "confidential" text null, add column "rights_status" text check ("rights_status" in ('UNCLEAR', 'ESTABLISHED', 'DISPUTED')) not null default 'UNCLEAR', add column "rights_changed_at" timestamptz null, add column "origin_own_work" boolean null, add column "origin_sources" text null, add column "origin_declared_at" timestamptz null`,
    );
    this.addSql(
      `alter table "outbound_message" add column "purge_after_delivery" boolean not null default false`,
    );
    this.addSql(`alter table "idea_revision" add column "confidential" text null`);
    this.addSql(
      `alter table "idea_event" add constraint "idea_event_kind_check" check("kind" in ('SUBMITTED', 'STATUS_CHANGED', 'PUBLISHED', 'UNPUBLISHED', 'CLASSIFIED', 'SUPPLEMENTED', 'ASSIGNED', 'DUE_DATE_CHANGED', 'AUTHORS_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED'))`,
    );
    this.addSql(
      `alter table "authorship" add column "declined_at" timestamptz null, add column "invitation_hash" varchar(64) null, add column "invitation_expires_at" timestamptz null, add column "is_minor" boolean not null default false, add column "guardian_id" uuid null, add column "guardian_relation" varchar(60) null`,
    );
    this.addSql(
      `alter table "authorship" add constraint "authorship_guardian_id_foreign" foreign key ("guardian_id") references "person" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "authorship" add constraint "authorship_invitation_hash_unique" unique ("invitation_hash")`,
    );
    this.addSql(
      `alter table "consent" add column "given_by" text check ("given_by" in ('SELF', 'GUARDIAN')) not null default 'SELF'`,
    );
    this.addSql(`alter table "attachment" add column "erased_at" timestamptz null`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('SUPPORTING', 'PAPER_FORM', 'IMPORT_SOURCE', 'DECISION', 'REPORT', 'EVIDENCE'))`,
    );
    // The receipt log: appended by the database on every new idea and every later revision, under
    // a per-tenant advisory lock, so the sequence has no gap and no code path can skip it.
    this
      .addSql(`create or replace function kn_receipt_log_append(p_tenant uuid, p_kind text, p_idea uuid, p_revision int, p_digest text, p_at timestamptz) returns void language plpgsql as $$
    declare
      v_seq bigint;
      v_prev text;
      v_at timestamptz := date_trunc('milliseconds', p_at);
      v_hash text;
    begin
      perform pg_advisory_xact_lock(hashtextextended('kn_receipt_log:' || p_tenant::text, 0));
      select seq, entry_hash into v_seq, v_prev from receipt_log where tenant_id = p_tenant order by seq desc limit 1;
      v_seq := coalesce(v_seq, 0) + 1;
      v_prev := coalesce(v_prev, repeat('0', 64));
      v_hash := encode(sha256(convert_to(concat_ws('|', 'kn-receipt-log-v1', v_seq::text, p_kind, p_digest,
                  to_char(v_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), v_prev), 'UTF8')), 'hex');
      insert into receipt_log (id, created_at, tenant_id, seq, kind, idea_id, revision, digest, recorded_at, prev_hash, entry_hash)
      values (gen_random_uuid(), now(), p_tenant, v_seq, p_kind, p_idea, p_revision, p_digest, v_at, v_prev, v_hash);
    end $$`);
    this
      .addSql(`create or replace function kn_receipt_log_on_idea() returns trigger language plpgsql as $$
    begin
      perform kn_receipt_log_append(new.tenant_id, 'SUBMISSION', new.id, 1, new.digest, new.received_at);
      return null;
    end $$`);
    this
      .addSql(`create or replace function kn_receipt_log_on_revision() returns trigger language plpgsql as $$
    begin
      if new.number > 1 then
        perform kn_receipt_log_append(new.tenant_id, 'REVISION', new.idea_id, new.number, new.digest, new.created_at);
      end if;
      return null;
    end $$`);
    // Existing ideas and revisions enter the log in the order they were received.
    this.addSql(`do $$
    declare r record;
    begin
      for r in
        select tenant_id, 'SUBMISSION' as kind, id as idea_id, 1 as revision, digest, received_at as at from idea
        union all
        select tenant_id, 'REVISION', idea_id, number, digest, created_at from idea_revision where number > 1
        order by at, idea_id, revision
      loop
        perform kn_receipt_log_append(r.tenant_id, r.kind, r.idea_id, r.revision, r.digest, r.at);
      end loop;
    end $$`);
    this.addSql(
      `create trigger idea_receipt_log after insert on idea for each row execute function kn_receipt_log_on_idea()`,
    );
    this.addSql(
      `create trigger idea_revision_receipt_log after insert on idea_revision for each row execute function kn_receipt_log_on_revision()`,
    );
    // Append-only tables: the receipt log always; the audit log except an erasure's redaction,
    // which may only rewrite free text, inside a transaction that set kn.erasure.
    this
      .addSql(`create or replace function kn_audit_append_only() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'audit_entry' and tg_op = 'UPDATE' then
        if current_setting('kn.erasure', true) = 'on'
           and new.id = old.id and new.tenant_id = old.tenant_id and new.action = old.action
           and new.created_at = old.created_at and new.actor_id is not distinct from old.actor_id
           and new.idea_id is not distinct from old.idea_id then
          return new;
        end if;
      end if;
      raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
    end $$`);
    this.addSql(
      `create trigger receipt_log_append_only before update or delete on receipt_log for each row execute function kn_audit_append_only()`,
    );
    this.addSql(
      `create trigger receipt_log_no_truncate before truncate on receipt_log for each statement execute function kn_audit_append_only()`,
    );
    // Ideas already public or in use were cleared by the hub before this gate existed: they keep
    // their standing, recorded as a decision, and their authors' submissions as the origin.
    this
      .addSql(`insert into rights_decision (id, created_at, tenant_id, idea_id, from_status, to_status, reason, evidence_ids)
      select gen_random_uuid(), now(), tenant_id, id, 'UNCLEAR', 'ESTABLISHED',
             'Xác lập khi áp dụng cổng kiểm soát quyền tác giả: ý tưởng đã được công khai hoặc đưa vào sử dụng trước đó.', '[]'::jsonb
        from idea where published_at is not null or status in ('PILOTING', 'APPLIED', 'SCALED')`);
    this.addSql(`update idea set rights_status = 'ESTABLISHED', rights_changed_at = now()
      where published_at is not null or status in ('PILOTING', 'APPLIED', 'SCALED')`);
    const knex = this.getKnex();
    for (const h of DEFAULT_HOLIDAYS) {
      this.addSql(
        knex.raw(
          `insert into public_holiday (id, created_at, tenant_id, day, name)
           select gen_random_uuid(), now(), t.id, ?, ? from tenant t on conflict do nothing`,
          [h.day, h.name],
        ),
      );
    }
  }
}
