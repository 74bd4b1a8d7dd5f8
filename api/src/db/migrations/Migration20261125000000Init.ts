import { Migration } from '@mikro-orm/migrations';

/** The first schema: tenants, units, reception points, fields, campaigns, staff, ideas and search. */
export class Migration20261125000000Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent`);
    this.addSql(`create extension if not exists pg_trgm`);
    this
      .addSql(`-- unaccent() is only STABLE (it depends on the dictionary search path), so it cannot be used in an
    -- index or a generated column. This wrapper pins the dictionary and maps đ/Đ explicitly.
    create or replace function kn_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'đĐ', 'dD'))) $$`);
    this.addSql(
      `create table "tenant" ("id" uuid not null, "created_at" timestamptz not null default now(), "code" varchar(16) not null, "name" varchar(200) not null, "province" varchar(200) not null, constraint "tenant_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_code_unique" unique ("code")`);
    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "full_name" varchar(200) not null, "email" varchar(254) null, "phone" varchar(20) null, "address" varchar(300) null, constraint "person_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "person_email_index" on "person" ("email")`);
    this.addSql(`create index "person_phone_index" on "person" ("phone")`);
    this.addSql(
      `create table "field" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(60) not null, "name" varchar(200) not null, "sort_order" int not null default 0, "active" boolean not null default true, constraint "field_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "field" add constraint "field_tenant_id_code_unique" unique ("tenant_id", "code")`,
    );
    this.addSql(
      `create table "campaign" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(60) not null, "title" varchar(300) not null, "description" text null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'CLOSED')) not null default 'DRAFT', constraint "campaign_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "campaign" add constraint "campaign_tenant_id_code_unique" unique ("tenant_id", "code")`,
    );
    this.addSql(
      `create table "campaign_phase" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "campaign_id" uuid not null, "kind" text check ("kind" in ('ROLLOUT', 'MIDTERM_REVIEW', 'FINAL_REVIEW', 'CALL')) not null, "name" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "sort_order" int not null default 0, constraint "campaign_phase_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "campaign_phase_campaign_id_index" on "campaign_phase" ("campaign_id")`,
    );
    this.addSql(
      `create table "campaign_field" ("campaign_id" uuid not null, "field_id" uuid not null, constraint "campaign_field_pkey" primary key ("campaign_id", "field_id"))`,
    );
    this.addSql(
      `create table "unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "kind" text check ("kind" in ('DEPARTMENT', 'MASS_ORGANISATION', 'VILLAGE', 'SCHOOL', 'PUBLIC_SERVICE', 'ENTERPRISE', 'OTHER')) not null, "area_type" text check ("area_type" in ('URBAN', 'RURAL', 'MOUNTAIN', 'REMOTE', 'SPECIAL_DIFFICULTY')) not null, "parent_id" uuid null, "active" boolean not null default true, constraint "unit_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id")`);
    this.addSql(
      `alter table "unit" add constraint "unit_tenant_id_code_unique" unique ("tenant_id", "code")`,
    );
    this.addSql(
      `create table "staff_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "email" varchar(254) not null, "full_name" varchar(200) not null, "password_hash" varchar(200) not null, "roles" text[] not null, "unit_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "staff_user_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "staff_user" add constraint "staff_user_email_unique" unique ("email")`,
    );
    this.addSql(`create index "staff_user_unit_id_index" on "staff_user" ("unit_id")`);
    this.addSql(
      `create table "session" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(300) null, constraint "session_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id")`);
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `create table "reception_point" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "unit_id" uuid not null, "name" varchar(200) not null, "address" varchar(300) null, "opening_hours" varchar(200) null, "phone" varchar(20) null, "active" boolean not null default true, constraint "reception_point_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "reception_point_unit_id_index" on "reception_point" ("unit_id")`);
    this.addSql(
      `create table "idea" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "campaign_id" uuid not null, "tracking_code" varchar(20) not null, "title" varchar(300) not null, "problem" text not null, "solution" text not null, "benefit" text not null, "requirements" text null, "maturity" text check ("maturity" in ('PRELIMINARY', 'COMPLETE', 'TESTED')) not null, "status" text check ("status" in ('SUBMITTED', 'NEEDS_INFO', 'DUPLICATE', 'OUT_OF_SCOPE', 'NOT_ELIGIBLE', 'ACCEPTED', 'IN_SUPPORT', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED', 'ARCHIVED', 'WITHDRAWN')) not null default 'SUBMITTED', "channel" text check ("channel" in ('ONLINE', 'IN_PERSON', 'IMPORTED')) not null, "unit_id" uuid null, "reception_point_id" uuid null, "received_by_id" uuid null, "received_at" timestamptz not null, "digest" varchar(64) not null, "idempotency_key" varchar(100) null, "published_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "idea_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "idea_campaign_id_index" on "idea" ("campaign_id")`);
    this.addSql(
      `alter table "idea" add constraint "idea_tracking_code_unique" unique ("tracking_code")`,
    );
    this.addSql(`create index "idea_unit_id_index" on "idea" ("unit_id")`);
    this.addSql(`create index "idea_tenant_id_status_index" on "idea" ("tenant_id", "status")`);
    this.addSql(
      `create index "idea_tenant_id_received_at_id_index" on "idea" ("tenant_id", "received_at", "id")`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key")`,
    );
    this.addSql(
      `create table "idea_response" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "kind" text check ("kind" in ('ACKNOWLEDGEMENT', 'NEEDS_INFO', 'DECISION', 'UPDATE')) not null, "body" text not null, "sent_by_id" uuid null, constraint "idea_response_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "idea_response_idea_id_created_at_index" on "idea_response" ("idea_id", "created_at")`,
    );
    this.addSql(
      `create table "idea_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "kind" text check ("kind" in ('SUBMITTED', 'STATUS_CHANGED', 'PUBLISHED', 'UNPUBLISHED')) not null, "from_status" text check ("from_status" in ('SUBMITTED', 'NEEDS_INFO', 'DUPLICATE', 'OUT_OF_SCOPE', 'NOT_ELIGIBLE', 'ACCEPTED', 'IN_SUPPORT', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED', 'ARCHIVED', 'WITHDRAWN')) null, "to_status" text check ("to_status" in ('SUBMITTED', 'NEEDS_INFO', 'DUPLICATE', 'OUT_OF_SCOPE', 'NOT_ELIGIBLE', 'ACCEPTED', 'IN_SUPPORT', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED', 'ARCHIVED', 'WITHDRAWN')) null, "actor_id" uuid null, "reason" text null, "public_note" text null, "is_public" boolean not null default true, constraint "idea_event_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "idea_event_idea_id_created_at_index" on "idea_event" ("idea_id", "created_at")`,
    );
    this.addSql(
      `create table "idea_field" ("idea_id" uuid not null, "field_id" uuid not null, constraint "idea_field_pkey" primary key ("idea_id", "field_id"))`,
    );
    this.addSql(
      `create table "authorship" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('LEAD', 'CO_AUTHOR')) not null, "share" smallint not null, constraint "authorship_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "authorship_person_id_index" on "authorship" ("person_id")`);
    this.addSql(
      `alter table "authorship" add constraint "authorship_idea_id_person_id_unique" unique ("idea_id", "person_id")`,
    );
    this.addSql(
      `alter table "person" add constraint "person_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "field" add constraint "field_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "campaign" add constraint "campaign_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "campaign_phase" add constraint "campaign_phase_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "campaign_phase" add constraint "campaign_phase_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_field" add constraint "campaign_field_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_field" add constraint "campaign_field_field_id_foreign" foreign key ("field_id") references "field" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "staff_user" add constraint "staff_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "staff_user" add constraint "staff_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "reception_point" add constraint "reception_point_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "reception_point" add constraint "reception_point_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_reception_point_id_foreign" foreign key ("reception_point_id") references "reception_point" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_received_by_id_foreign" foreign key ("received_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea_response" add constraint "idea_response_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea_response" add constraint "idea_response_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "idea_response" add constraint "idea_response_sent_by_id_foreign" foreign key ("sent_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea_event" add constraint "idea_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea_event" add constraint "idea_event_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "idea_event" add constraint "idea_event_actor_id_foreign" foreign key ("actor_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea_field" add constraint "idea_field_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "idea_field" add constraint "idea_field_field_id_foreign" foreign key ("field_id") references "field" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "authorship" add constraint "authorship_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "authorship" add constraint "authorship_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "authorship" add constraint "authorship_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`create index idea_field_field_id_index on idea_field (field_id)`);
    this.addSql(`create index campaign_field_field_id_index on campaign_field (field_id)`);
    this.addSql(`alter table idea add column search_vector tsvector generated always as (
      to_tsvector('simple', kn_unaccent(title || ' ' || problem || ' ' || solution || ' ' || benefit || ' ' || coalesce(requirements, '')))
    ) stored`);
    this.addSql(`create index idea_search_vector_index on idea using gin (search_vector)`);
    this.addSql(
      `create index idea_title_trgm_index on idea using gin (kn_unaccent(title) gin_trgm_ops)`,
    );
    this.addSql(
      `create index idea_published_index on idea (tenant_id, published_at desc, id) where published_at is not null`,
    );
  }
}
