import { Migration } from '@mikro-orm/migrations';

/**
 * Idea search finds village and unit names (issue #15): "Đồng Lạc" finds the ideas of Thôn Đồng
 * Lạc. `kn_unit_words(unit)` is the unit's name and former names, and those of the units it was
 * merged into (down the chain), accent-free — the words a search may match besides the idea's own.
 */
export class Migration20261207090000IdeaSearchUnits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function kn_unit_words(p_unit uuid) returns text
      language sql stable parallel safe
      as $$
        with recursive chain(id, merged_into_id, depth) as (
          select id, merged_into_id, 0 from unit where id = p_unit
          union all
          select u.id, u.merged_into_id, c.depth + 1
            from unit u join chain c on u.id = c.merged_into_id
           where c.depth < 16
        )
        select kn_unaccent(string_agg(
                 u.name || ' ' || coalesce(
                   (select string_agg(f->>'name', ' ') from jsonb_array_elements(u.former_names) f), ''),
                 ' '))
          from chain join unit u on u.id = chain.id
      $$`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists kn_unit_words(uuid)`);
  }
}
