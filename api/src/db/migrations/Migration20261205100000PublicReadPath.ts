import { Migration } from '@mikro-orm/migrations';

/**
 * The tables behind what anonymous visitors and partners read. A statement that changes one of
 * them notifies `kn_public_content` (delivered after commit, once per transaction), and every API
 * process drops its cached public answers and changes their ETags (`common/public-cache.ts`).
 */
export const PUBLIC_CONTENT_TABLES = [
  'adoption',
  'attachment',
  'authorship',
  'award',
  'award_idea',
  'banner',
  'campaign',
  'campaign_field',
  'campaign_phase',
  'consent',
  'council',
  'council_field',
  'council_member',
  'dispute',
  'featured_item',
  'field',
  'idea',
  'idea_event',
  'idea_field',
  'idea_seo',
  'media_asset',
  'person',
  'pilot',
  'pilot_update',
  'post',
  'post_slug',
  'post_tag',
  'privacy_notice',
  'public_holiday',
  'reception_point',
  'reception_point_officer',
  'review',
  'rights_decision',
  'rubric_criterion',
  'staff_user',
  'support_plan',
  'tag',
  'tenant',
  'unit',
];

export class Migration20261205100000PublicReadPath extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function kn_public_content_changed() returns trigger
      language plpgsql as $$
      begin
        perform pg_notify('kn_public_content', '');
        return null;
      end $$`);
    for (const t of PUBLIC_CONTENT_TABLES) {
      this.addSql(
        `create trigger kn_public_content after insert or update or delete or truncate on "${t}"
           for each statement execute function kn_public_content_changed()`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of PUBLIC_CONTENT_TABLES) {
      this.addSql(`drop trigger if exists kn_public_content on "${t}"`);
    }
    this.addSql(`drop function if exists kn_public_content_changed()`);
  }
}
