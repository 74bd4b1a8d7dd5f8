import { Migration } from '@mikro-orm/migrations';

/**
 * Partners' keys restricted further (issue #14): a commune's key to one unit (a village's kiosk),
 * a province's key to some of the province's communes.
 */
export class Migration20261206100000ApiKeyScope extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "api_key" add column "unit_id" uuid null, add column "commune_codes" text[] not null default '{}'`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop constraint if exists "api_key_unit_id_foreign"`);
    this.addSql(
      `alter table "api_key" drop column if exists "unit_id", drop column if exists "commune_codes"`,
    );
  }
}
