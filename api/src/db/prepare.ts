import type { Seeder } from '@mikro-orm/seeder';
import { initOrm } from './orm.js';
import { installJobQueue } from '../jobs/job.runner.js';
import { DemoSeeder } from './seeders/demo.seeder.js';
import { Tenant } from '../tenant/tenant.entity.js';
import type { FileStorage } from '../attachment/file.storage.js';

/**
 * Brings a database up to date: runs pending migrations (the only way the schema changes) and, in
 * demo mode, loads the Vietnamese demo data into an empty database. `seeder` picks another seeder
 * (the tests use TestSeeder).
 */
export async function prepareDatabase(
  databaseUrl: string,
  opts: {
    demo: boolean;
    seeder?: new () => Seeder;
    log?: (message: string) => void;
    /** Where seeders store files (the demo's images). */
    storage?: FileStorage;
    /** The seed's "now" (the demo's history ends shortly before it); the clock by default. */
    now?: Date;
  },
): Promise<{ migrated: string[]; seeded: boolean }> {
  const log = opts.log ?? (() => {});
  const orm = await initOrm({ databaseUrl, poolMax: 2 });
  try {
    const migrated = (await orm.getMigrator().up()).map((m) => m.name);
    if (migrated.length) log(`Đã chạy ${migrated.length} migration: ${migrated.join(', ')}`);
    // The job queue's own schema (graphile-worker's migrations); seeders queue jobs.
    await installJobQueue(databaseUrl);
    let seeded = false;
    const seeder = opts.seeder ?? (opts.demo ? DemoSeeder : null);
    if (seeder && (await orm.em.fork().count(Tenant, {})) === 0) {
      log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu…');
      // Run like SeedManager.seed(), but with the file storage in the seeder's context.
      const em = orm.em.fork();
      await new seeder().run(em, { storage: opts.storage, now: opts.now });
      await em.flush();
      seeded = true;
      log('Đã nạp dữ liệu mẫu.');
    }
    return { migrated, seeded };
  } finally {
    await orm.close(true);
  }
}
