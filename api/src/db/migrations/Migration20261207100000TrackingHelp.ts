import { Migration } from '@mikro-orm/migrations';

const KINDS_BEFORE = [
  'IDEA_RECEIVED',
  'INFO_REQUESTED',
  'IDEA_ANSWERED',
  'COAUTHOR_INVITATION',
  'DISPUTE_OUTCOME',
  'DATA_REQUEST_RECEIVED',
  'DATA_REQUEST_OUTCOME',
  'STAFF_INVITATION',
  'PASSWORD_RESET',
];

const list = (kinds: string[]) => kinds.map((k) => `'${k}'`).join(', ');

/**
 * The citizen's experience (issue #15): an author who lost their tracking code asks for it again
 * (the message sent to the contact is a template the commune may word, like the others); the
 * fields and the campaign's phases have English names for the English pages.
 */
export class Migration20261207100000TrackingHelp extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "field" add column "name_en" varchar(200) null`);
    this.addSql(`alter table "campaign_phase" add column "name_en" varchar(200) null`);
    this.addSql(
      `alter table "message_template" drop constraint if exists "message_template_kind_check"`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_kind_check" check ("kind" in (${list([...KINDS_BEFORE, 'TRACKING_CODES'])}))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "field" drop column if exists "name_en"`);
    this.addSql(`alter table "campaign_phase" drop column if exists "name_en"`);
    this.addSql(`delete from "message_template" where "kind" = 'TRACKING_CODES'`);
    this.addSql(
      `alter table "message_template" drop constraint if exists "message_template_kind_check"`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_kind_check" check ("kind" in (${list(KINDS_BEFORE)}))`,
    );
  }
}
