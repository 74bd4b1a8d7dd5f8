// Database commands: `npm run db -w api -- <command>` (after `npm run build -w api`).
//   migrate   apply pending migrations
//   status    list applied and pending migrations
//   seed      load the demo data into an empty database
//   diff      print the SQL that would align the database with the entities (to draft a migration)
import { loadDatabaseConfig } from '../config.js';
import { initOrm } from './orm.js';
import { prepareDatabase } from './prepare.js';

const command = process.argv[2] ?? 'status';
const config = loadDatabaseConfig();

if (command === 'migrate' || command === 'seed') {
  const result = await prepareDatabase(config.databaseUrl, {
    demo: command === 'seed',
    log: (m) => console.log(m),
  });
  if (!result.migrated.length && !result.seeded)
    console.log('Không có gì để làm: cơ sở dữ liệu đã cập nhật.');
} else {
  const orm = await initOrm({ databaseUrl: config.databaseUrl });
  try {
    if (command === 'status') {
      const migrator = orm.getMigrator();
      const executed = await migrator.getExecutedMigrations();
      const pending = await migrator.getPendingMigrations();
      for (const m of executed) console.log(`đã chạy   ${m.name}`);
      for (const m of pending) console.log(`chờ chạy  ${m.name}`);
    } else if (command === 'diff') {
      const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
      console.log(sql.trim() || '-- thực thể và cơ sở dữ liệu đã khớp nhau');
    } else {
      console.error(`Lệnh không rõ: ${command}. Dùng: migrate | status | seed | diff`);
      process.exitCode = 2;
    }
  } finally {
    await orm.close(true);
  }
}
