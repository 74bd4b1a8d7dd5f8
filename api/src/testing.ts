/** What the integration tests import: the real server and database helpers, nothing mocked. */
export { createServer, type ServerHandles, type ServerDeps } from './server.js';
export { loadConfig, ConfigError, type Config, type S3Config } from './config.js';
export { prepareDatabase } from './db/prepare.js';
export { initOrm } from './db/orm.js';
export { startEmbeddedPostgres, ensureDatabase, freePort } from './db/embedded.js';
export {
  TestSeeder,
  TEST_STAFF,
  TEST_PASSWORD,
  TEST_COMMUNE,
  OTHER_COMMUNE,
} from './db/seeders/test.seeder.js';
export { DEMO_STAFF, DEMO_PASSWORD, DEMO_PROVINCE_ADMIN } from './db/seeders/demo-data.js';
export { ErrorCode } from './common/errors.js';
export type { Clock } from './context.js';
export { entryHash, GENESIS_HASH, verifyChain } from './receipts/receipt-log.service.js';
export { LocalDiskStorage, S3Storage } from './attachment/file.storage.js';
export { enqueueJob } from './jobs/job.runner.js';
export { backupDatabase, restoreDatabase } from './db/backup.js';
