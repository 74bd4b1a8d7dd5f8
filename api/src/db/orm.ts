import 'reflect-metadata';
import {
  DataloaderType,
  DefaultLogger,
  type LoggerNamespace,
  type LogContext,
} from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  databaseUrl: string;
  /** Print SQL to stdout. */
  logSql?: boolean;
  /** Called with every SQL statement the ORM sends (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

class QueryLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly onQuery?: (sql: string) => void,
    private readonly print = false,
  ) {
    super(options);
  }
  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query' && this.onQuery) this.onQuery(context?.query ?? message);
    if (this.print) super.log(namespace, message, context);
  }
  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query' ? Boolean(this.onQuery) || this.print : super.isEnabled(namespace);
  }
}

export function ormConfig(opts: OrmOptions): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: opts.databaseUrl,
    entities,
    // Relations and collections touched in the same tick are loaded in one query per kind:
    // this is what keeps a page of ideas at a constant number of SQL statements.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // Migrations are the only way the schema changes; the ORM never alters it on its own.
    ensureDatabase: false,
    allowGlobalContext: false,
    debug: Boolean(opts.onQuery) || Boolean(opts.logSql),
    loggerFactory: (options) => new QueryLogger(options, opts.onQuery, opts.logSql),
    pool: { min: 0, max: opts.poolMax ?? 10 },
    extensions: [Migrator, SeedManager],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    seeder: { defaultSeeder: 'DemoSeeder' },
  });
}

export async function initOrm(opts: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(opts));
}

export { MikroORM };
