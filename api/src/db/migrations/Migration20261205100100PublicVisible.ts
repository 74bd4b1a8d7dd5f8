import { Migration } from '@mikro-orm/migrations';

/**
 * A read model of the public rule on the idea row itself: `public_visible` is true when the idea is
 * published, its rights are established and every credited author (and a minor's guardian) still
 * allows publication. Kept in step by triggers on `idea`, `authorship` and `consent`, so every
 * write path keeps it right; public lists and counts then read one indexed column instead of
 * probing authorships and consents row by row.
 */
export class Migration20261205100100PublicVisible extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "idea" add column "public_visible" boolean not null default false`);
    this
      .addSql(`create or replace function kn_idea_public_visible(p_id uuid, p_published timestamptz, p_rights text)
      returns boolean language sql stable as $$
        select p_published is not null and p_rights = 'ESTABLISHED'
          and not exists (select 1 from authorship au where au.idea_id = x.id
            and au.confirmed_at is not null and au.declined_at is null
            and (not exists (select 1 from consent c where c.authorship_id = au.id and c.kind = 'PUBLISH_CONTENT'
                   and c.given_by = 'SELF' and c.withdrawn_at is null)
              or (au.is_minor and not exists (select 1 from consent c where c.authorship_id = au.id
                   and c.kind = 'PUBLISH_CONTENT' and c.given_by = 'GUARDIAN' and c.withdrawn_at is null))))
        from (select p_id as id) x
      $$`);
    this
      .addSql(`create or replace function kn_idea_visibility_before() returns trigger language plpgsql as $$
      begin
        new.public_visible := kn_idea_public_visible(new.id, new.published_at, new.rights_status);
        return new;
      end $$`);
    this
      .addSql(`create trigger kn_idea_visibility before insert or update of published_at, rights_status, public_visible
      on "idea" for each row execute function kn_idea_visibility_before()`);
    this
      .addSql(`create or replace function kn_idea_visibility_refresh(p_idea uuid) returns void language sql as $$
        update idea set public_visible = kn_idea_public_visible(id, published_at, rights_status)
         where id = p_idea and public_visible is distinct from kn_idea_public_visible(id, published_at, rights_status)
      $$`);
    this
      .addSql(`create or replace function kn_authorship_visibility_after() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform kn_idea_visibility_refresh(old.idea_id); end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.idea_id is distinct from old.idea_id) then
          perform kn_idea_visibility_refresh(new.idea_id);
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger kn_authorship_visibility after insert or update or delete
      on "authorship" for each row execute function kn_authorship_visibility_after()`);
    this
      .addSql(`create or replace function kn_consent_visibility_after() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          perform kn_idea_visibility_refresh(au.idea_id) from authorship au where au.id = old.authorship_id;
        end if;
        if tg_op <> 'DELETE' then
          perform kn_idea_visibility_refresh(au.idea_id) from authorship au where au.id = new.authorship_id;
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger kn_consent_visibility after insert or update or delete
      on "consent" for each row execute function kn_consent_visibility_after()`);
    this.addSql(
      `update "idea" set "public_visible" = kn_idea_public_visible(id, published_at, rights_status)`,
    );
    this.addSql(
      `create index "idea_public_published_index" on "idea" ("tenant_id", "published_at" desc, "id") where "public_visible"`,
    );
    this.addSql(
      `create index "idea_public_received_index" on "idea" ("tenant_id", "received_at" desc, "id") where "public_visible"`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists kn_consent_visibility on "consent"`);
    this.addSql(`drop trigger if exists kn_authorship_visibility on "authorship"`);
    this.addSql(`drop trigger if exists kn_idea_visibility on "idea"`);
    this.addSql(`drop function if exists kn_consent_visibility_after()`);
    this.addSql(`drop function if exists kn_authorship_visibility_after()`);
    this.addSql(`drop function if exists kn_idea_visibility_refresh(uuid)`);
    this.addSql(`drop function if exists kn_idea_visibility_before()`);
    this.addSql(`drop function if exists kn_idea_public_visible(uuid, timestamptz, text)`);
    this.addSql(`drop index if exists "idea_public_received_index"`);
    this.addSql(`drop index if exists "idea_public_published_index"`);
    this.addSql(`alter table "idea" drop column "public_visible"`);
  }
}
