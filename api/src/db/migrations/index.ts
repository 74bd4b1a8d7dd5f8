import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000Init } from './Migration20261125000000Init.js';
import { Migration20261125100000Triage } from './Migration20261125100000Triage.js';
import { Migration20261126000000Councils } from './Migration20261126000000Councils.js';
import { Migration20261127000000Rights } from './Migration20261127000000Rights.js';
import { Migration20261128000000Content } from './Migration20261128000000Content.js';
import { Migration20261204100000Accounts } from './Migration20261204100000Accounts.js';
import { Migration20261204110000Organisation } from './Migration20261204110000Organisation.js';
import { Migration20261204120000Tenants } from './Migration20261204120000Tenants.js';
import { Migration20261204130000Templates } from './Migration20261204130000Templates.js';
import { Migration20261204140000Fixes } from './Migration20261204140000Fixes.js';
import { Migration20261205100000PublicReadPath } from './Migration20261205100000PublicReadPath.js';
import { Migration20261205100100PublicVisible } from './Migration20261205100100PublicVisible.js';
import { Migration20261205120000SharedLimits } from './Migration20261205120000SharedLimits.js';
import { Migration20261205130000PublicCounters } from './Migration20261205130000PublicCounters.js';
import { Migration20261205140000ApiKeys } from './Migration20261205140000ApiKeys.js';
import { Migration20261205150000Webhooks } from './Migration20261205150000Webhooks.js';
import { Migration20261206100000ApiKeyScope } from './Migration20261206100000ApiKeyScope.js';
import { Migration20261207090000IdeaSearchUnits } from './Migration20261207090000IdeaSearchUnits.js';
import { Migration20261207100000TrackingHelp } from './Migration20261207100000TrackingHelp.js';
import { Migration20261208100000Movement } from './Migration20261208100000Movement.js';
import { Migration20261209100000Accountability } from './Migration20261209100000Accountability.js';

/** Applied in this order; a new migration is appended, never edited after it has landed. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000Init', class: Migration20261125000000Init },
  { name: 'Migration20261125100000Triage', class: Migration20261125100000Triage },
  { name: 'Migration20261126000000Councils', class: Migration20261126000000Councils },
  { name: 'Migration20261127000000Rights', class: Migration20261127000000Rights },
  { name: 'Migration20261128000000Content', class: Migration20261128000000Content },
  { name: 'Migration20261204100000Accounts', class: Migration20261204100000Accounts },
  { name: 'Migration20261204110000Organisation', class: Migration20261204110000Organisation },
  { name: 'Migration20261204120000Tenants', class: Migration20261204120000Tenants },
  { name: 'Migration20261204130000Templates', class: Migration20261204130000Templates },
  { name: 'Migration20261204140000Fixes', class: Migration20261204140000Fixes },
  { name: 'Migration20261205100000PublicReadPath', class: Migration20261205100000PublicReadPath },
  { name: 'Migration20261205100100PublicVisible', class: Migration20261205100100PublicVisible },
  { name: 'Migration20261205120000SharedLimits', class: Migration20261205120000SharedLimits },
  { name: 'Migration20261205130000PublicCounters', class: Migration20261205130000PublicCounters },
  { name: 'Migration20261205140000ApiKeys', class: Migration20261205140000ApiKeys },
  { name: 'Migration20261205150000Webhooks', class: Migration20261205150000Webhooks },
  { name: 'Migration20261206100000ApiKeyScope', class: Migration20261206100000ApiKeyScope },
  { name: 'Migration20261207090000IdeaSearchUnits', class: Migration20261207090000IdeaSearchUnits },
  { name: 'Migration20261207100000TrackingHelp', class: Migration20261207100000TrackingHelp },
  { name: 'Migration20261208100000Movement', class: Migration20261208100000Movement },
  {
    name: 'Migration20261209100000Accountability',
    class: Migration20261209100000Accountability,
  },
];
