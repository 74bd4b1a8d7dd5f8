import { Migration } from '@mikro-orm/migrations';

/**
 * Two indexes for public reads that scanned the commune's whole `idea` table (wide rows, long
 * texts): the honoured ideas, newest first (a partial index of the few public honoured ideas), and
 * the counters of the home page (`ideaCounters`), answered by an index-only scan of a narrow
 * covering index instead of the table.
 */
export class Migration20261205130000PublicCounters extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "idea_public_honoured_index" on "idea" ("tenant_id", "honoured_at" desc, "id") where "public_visible" and "honoured_at" is not null`,
    );
    this.addSql(
      `create index "idea_counters_index" on "idea" ("tenant_id") include ("campaign_id", "status", "received_at", "responded_at", "honoured_at", "public_visible")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "idea_counters_index"`);
    this.addSql(`drop index if exists "idea_public_honoured_index"`);
  }
}
