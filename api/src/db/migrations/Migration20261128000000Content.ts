import { Migration } from '@mikro-orm/migrations';

/**
 * Content (§III.1 of the plan): posts and pages with revisions, old slugs kept as redirects and
 * advisory edit locks; the media library (images with their generated variants); tags by
 * campaign and field; banners; featured items of the home page (an idea or a post, never both);
 * SEO of idea pages; and the audit actions of publishing. Drafted with `db diff`, then reviewed:
 * the link-table index drops the ORM always proposes are left out, and `post_tag` gets an index
 * on `tag_id` for listing posts by tag.
 */
export class Migration20261128000000Content extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "tag" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "slug" varchar(100) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('CAMPAIGN', 'FIELD', 'TOPIC')) not null, "campaign_id" uuid null, "field_id" uuid null, constraint "tag_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "tag" add constraint "tag_tenant_id_slug_unique" unique ("tenant_id", "slug")`,
    );
    this.addSql(
      `create table "media_asset" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text check ("kind" in ('IMAGE', 'DOCUMENT')) not null, "filename" varchar(255) not null, "mime_type" varchar(120) not null, "bytes" int not null, "sha256" varchar(64) not null, "alt" text null, "caption" text null, "width" int null, "height" int null, "focal_x" double precision null, "focal_y" double precision null, "storage_key" varchar(300) not null, "variants" jsonb not null, "uploaded_by_id" uuid null, "updated_at" timestamptz not null default now(), constraint "media_asset_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "media_asset_tenant_id_created_at_id_index" on "media_asset" ("tenant_id", "created_at", "id")`,
    );
    this.addSql(
      `create table "post" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text check ("kind" in ('NEWS', 'PROPAGANDA', 'PAGE')) not null, "slug" varchar(120) not null, "title" varchar(300) not null, "summary" text null, "body" jsonb not null, "status" text check ("status" in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "scheduled_at" timestamptz null, "published_at" timestamptz null, "first_published_at" timestamptz null, "archived_at" timestamptz null, "version" int not null default 1, "cover_image_id" uuid null, "seo_title" varchar(200) null, "seo_description" varchar(400) null, "og_image_id" uuid null, "campaign_id" uuid null, "created_by_id" uuid null, "updated_by_id" uuid null, "updated_at" timestamptz not null default now(), "locked_by_id" uuid null, "locked_at" timestamptz null, "lock_expires_at" timestamptz null, constraint "post_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "post_campaign_id_index" on "post" ("campaign_id")`);
    this.addSql(
      `create index "post_tenant_id_updated_at_index" on "post" ("tenant_id", "updated_at")`,
    );
    this.addSql(
      `create index "post_tenant_id_status_published_at_index" on "post" ("tenant_id", "status", "published_at")`,
    );
    this.addSql(
      `alter table "post" add constraint "post_tenant_id_kind_slug_unique" unique ("tenant_id", "kind", "slug")`,
    );
    this.addSql(
      `create table "post_slug" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text check ("kind" in ('NEWS', 'PROPAGANDA', 'PAGE')) not null, "slug" varchar(120) not null, "post_id" uuid not null, constraint "post_slug_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "post_slug_post_id_index" on "post_slug" ("post_id")`);
    this.addSql(
      `alter table "post_slug" add constraint "post_slug_tenant_id_kind_slug_unique" unique ("tenant_id", "kind", "slug")`,
    );
    this.addSql(
      `create table "post_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "post_id" uuid not null, "number" int not null, "slug" varchar(120) not null, "title" varchar(300) not null, "summary" text null, "body" jsonb not null, "seo_title" varchar(200) null, "seo_description" varchar(400) null, "cover_image_id" uuid null, "og_image_id" uuid null, "tag_ids" jsonb not null, "campaign_id" uuid null, "author_id" uuid null, "note" text null, constraint "post_revision_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "post_revision" add constraint "post_revision_post_id_number_unique" unique ("post_id", "number")`,
    );
    this.addSql(
      `create table "post_tag" ("post_id" uuid not null, "tag_id" uuid not null, constraint "post_tag_pkey" primary key ("post_id", "tag_id"))`,
    );
    this.addSql(`create index "post_tag_tag_id_index" on "post_tag" ("tag_id")`);
    this.addSql(
      `create table "banner" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "title" varchar(200) not null, "text" text null, "link_url" varchar(500) null, "image_id" uuid null, "status" text check ("status" in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "starts_at" timestamptz null, "ends_at" timestamptz null, "position" int not null default 0, "updated_at" timestamptz not null default now(), constraint "banner_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "banner_tenant_id_status_position_index" on "banner" ("tenant_id", "status", "position")`,
    );
    this.addSql(
      `create table "idea_seo" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "idea_id" uuid not null, "seo_title" varchar(200) null, "seo_description" varchar(400) null, "og_image_id" uuid null, "updated_at" timestamptz not null default now(), constraint "idea_seo_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "idea_seo" add constraint "idea_seo_idea_id_unique" unique ("idea_id")`,
    );
    this.addSql(
      `create table "featured_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "tenant_id" uuid not null, "position" int not null, "idea_id" uuid null, "post_id" uuid null, "chosen_by_id" uuid null, constraint "featured_item_pkey" primary key ("id"), constraint featured_item_one_target_check check ((idea_id is null) <> (post_id is null)))`,
    );
    this.addSql(
      `create index "featured_item_tenant_id_position_index" on "featured_item" ("tenant_id", "position")`,
    );
    this.addSql(
      `alter table "tag" add constraint "tag_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "tag" add constraint "tag_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "tag" add constraint "tag_field_id_foreign" foreign key ("field_id") references "field" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "media_asset" add constraint "media_asset_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "media_asset" add constraint "media_asset_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "post" add constraint "post_cover_image_id_foreign" foreign key ("cover_image_id") references "media_asset" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_og_image_id_foreign" foreign key ("og_image_id") references "media_asset" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_updated_by_id_foreign" foreign key ("updated_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post" add constraint "post_locked_by_id_foreign" foreign key ("locked_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post_slug" add constraint "post_slug_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "post_slug" add constraint "post_slug_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "post_revision" add constraint "post_revision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "post_revision" add constraint "post_revision_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "post_revision" add constraint "post_revision_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "post_tag" add constraint "post_tag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "post_tag" add constraint "post_tag_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "banner" add constraint "banner_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "banner" add constraint "banner_image_id_foreign" foreign key ("image_id") references "media_asset" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "idea_seo" add constraint "idea_seo_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "idea_seo" add constraint "idea_seo_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "idea_seo" add constraint "idea_seo_og_image_id_foreign" foreign key ("og_image_id") references "media_asset" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "featured_item" add constraint "featured_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "featured_item" add constraint "featured_item_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "featured_item" add constraint "featured_item_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "featured_item" add constraint "featured_item_chosen_by_id_foreign" foreign key ("chosen_by_id") references "staff_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check"`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'IDEA_CLASSIFIED', 'IDEA_ASSIGNED', 'IDEA_DUE_DATE_CHANGED', 'IDEA_PUBLISHED', 'IDEA_UNPUBLISHED', 'IDEA_SUPPLEMENTED', 'IDEA_IMPORTED', 'RESPONSE_SENT', 'AUTHOR_REPLIED', 'PERSONAL_DATA_READ', 'COUNCIL_CHANGED', 'RUBRIC_CHANGED', 'REVIEW_CONFLICT_DECLARED', 'REVIEW_SCORED', 'SUPPORT_CHANGED', 'PILOT_CHANGED', 'ADOPTION_RECORDED', 'IDEA_HONOURED', 'AWARD_CHANGED', 'SETTINGS_CHANGED', 'AUTHORSHIP_CHANGED', 'CONSENT_CHANGED', 'RIGHTS_CHANGED', 'DISPUTE_CHANGED', 'DATA_REQUEST_CHANGED', 'PERSONAL_DATA_ERASED', 'CONTENT_SCHEDULED', 'CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_REVISION_RESTORED', 'BANNER_CHANGED', 'FEATURED_CHANGED'))`,
    );
  }
}
