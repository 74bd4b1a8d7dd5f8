// Database commands: `npm run db -w api -- <command>` (after `npm run build -w api`).
//   migrate   apply pending migrations
//   status    list applied and pending migrations
//   seed      load the demo data into an empty database
//   diff      print the SQL that would align the database with the entities (to draft a migration)
//   verify-receipts  recompute every tenant's receipt log (hash chain); exit code 1 if broken
import { loadDatabaseConfig } from '../config.js';
import { storageFromConfig } from '../attachment/file.storage.js';
import { initOrm } from './orm.js';
import { prepareDatabase } from './prepare.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { verifyChain } from '../receipts/receipt-log.service.js';

const command = process.argv[2] ?? 'status';
const config = loadDatabaseConfig();

if (command === 'migrate' || command === 'seed') {
  const result = await prepareDatabase(config.databaseUrl, {
    demo: command === 'seed',
    log: (m) => console.log(m),
    storage: storageFromConfig(config),
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
    } else if (command === 'verify-receipts') {
      const em = orm.em.fork();
      const tenants = await em.find(Tenant, {}, { orderBy: { code: 'asc' } });
      let broken = 0;
      for (const t of tenants) {
        const report = await verifyChain(em, t.id, {
          onProgress: (done, total) =>
            process.stderr.isTTY &&
            process.stderr.write(
              `\r${t.name}: đã kiểm tra ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} mục…`,
            ),
        });
        process.stderr.write('\r\x1b[K');
        if (!report.problems.length) {
          console.log(
            `✓ ${t.name} (${t.code}): ${report.entries.toLocaleString('vi-VN')} mục, chuỗi mã băm hợp lệ.` +
              (report.headHash ? ` Mục cuối #${report.headSeq}: ${report.headHash}` : ''),
          );
        } else {
          broken += 1;
          console.log(
            `✗ ${t.name} (${t.code}): ${report.problems.length} lỗi trong ${report.entries.toLocaleString('vi-VN')} mục:`,
          );
          for (const p of report.problems) console.log(`  - mục #${p.seq}: ${p.problem}`);
        }
      }
      if (broken) {
        console.log(`Sổ biên nhận KHÔNG toàn vẹn ở ${broken} đơn vị. / Receipt log tampered.`);
        process.exitCode = 1;
      } else {
        console.log('Sổ biên nhận toàn vẹn. / Receipt log intact.');
      }
    } else if (command === 'diff') {
      const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
      console.log(sql.trim() || '-- thực thể và cơ sở dữ liệu đã khớp nhau');
    } else {
      console.error(
        `Lệnh không rõ: ${command}. Dùng: migrate | status | seed | diff | verify-receipts`,
      );
      process.exitCode = 2;
    }
  } finally {
    await orm.close(true);
  }
}
