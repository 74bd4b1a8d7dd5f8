import { Migration } from '@mikro-orm/migrations';

/**
 * The table where rate-limiter-flexible counts requests for the limits of anonymous endpoints
 * (uploads), shared by every API process; not an entity. Background jobs run on graphile-worker,
 * whose own schema `graphile_worker` is installed by the library (`installJobQueue`), not here.
 */
export class Migration20261205120000SharedLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint, constraint "rate_limit_pkey" primary key ("key"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit"`);
  }
}
