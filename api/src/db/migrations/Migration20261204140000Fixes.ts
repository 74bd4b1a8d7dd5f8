import { Migration } from '@mikro-orm/migrations';

/**
 * The time step of the last TOTP code accepted from each account, so that a code is accepted once
 * (a code of that step or an earlier one is refused).
 */
export class Migration20261204140000Fixes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staff_user" add column "totp_last_step" int null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff_user" drop column "totp_last_step"`);
  }
}
