// `npm run db:backup -- [file]` and `npm run db:restore -- <file> [database]`.
// With DATABASE_URL: that database (pg_dump/pg_restore when a matching client is on the PATH,
// else the logical export). Without it: the embedded cluster of `npm start` (.data/postgres) —
// used as is when `npm start` is running, else started for the time of the command.
// A restore goes into a new, empty database (`khoinguon` by default on the embedded cluster,
// which must not exist yet; with DATABASE_URL, the database it names must be empty).
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './platform.mjs';

const [command, ...args] = process.argv.slice(2);
const env = process.env;
const say = (m) => console.log(`\x1b[1m▸\x1b[0m ${m}`);

const dist = path.join(ROOT, 'api/dist/db/backup.js');
if (!existsSync(dist)) {
  console.error('Chưa biên dịch API: chạy "npm run build -w @khoi-nguon/api" trước.');
  process.exit(1);
}
const { backupDatabase, restoreDatabase } = await import(dist);

function listening(port) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** The database URL (and how to stop what we started). */
async function target(database) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, adminUrl: null, stop: async () => {} };
  const port = Number(env.KN_PG_PORT || 54329);
  const base = `postgres://postgres:postgres@127.0.0.1:${port}`;
  if (await listening(port)) {
    say(`Dùng PostgreSQL nhúng đang chạy ở cổng ${port}.`);
    return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await import(path.join(ROOT, 'api/dist/db/embedded.js'));
  const dataDir = path.resolve(ROOT, env.KN_DATA_DIR || '.data', 'postgres');
  say(`Khởi động PostgreSQL nhúng (${path.relative(ROOT, dataDir)}) cho lệnh này…`);
  const db = await startEmbeddedPostgres({ dataDir, port });
  return { url: db.urlFor(database), adminUrl: db.adminUrl, stop: () => db.stop() };
}

const log = (m) => console.log(m);
try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    const file = path.resolve(
      args[0] || path.join(ROOT, '.data/backups', `khoinguon-${stamp}.knbak`),
    );
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(file), { recursive: true });
    const db = await target('khoinguon');
    try {
      const r = await backupDatabase(db.url, file, {
        log,
        ...(env.KN_BACKUP_METHOD ? { method: env.KN_BACKUP_METHOD } : {}),
      });
      say(`Đã sao lưu (${r.method === 'pg_dump' ? 'pg_dump' : 'xuất logic'}) vào ${file}`);
    } finally {
      await db.stop();
    }
  } else if (command === 'restore') {
    const file = args[0];
    if (!file || !existsSync(file)) {
      console.error('Dùng: npm run db:restore -- <tệp sao lưu> [tên cơ sở dữ liệu mới]');
      process.exit(2);
    }
    const database = args[1] || 'khoinguon';
    const db = await target(database);
    try {
      if (db.adminUrl) {
        const pg = (await import('pg')).default;
        const c = new pg.Client({ connectionString: db.adminUrl });
        await c.connect();
        try {
          const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [
            database,
          ]);
          if (rowCount) {
            throw new Error(
              `Cơ sở dữ liệu "${database}" đã có. Đổi tên hoặc xóa nó (dừng npm start trước), ` +
                `hoặc khôi phục vào tên khác: npm run db:restore -- ${file} khoinguon_khoi_phuc`,
            );
          }
          await c.query(`create database "${database.replace(/"/g, '""')}" encoding 'UTF8'`);
        } finally {
          await c.end();
        }
      }
      const r = await restoreDatabase(db.url, path.resolve(file), { log });
      say(`Đã khôi phục (${r.method === 'pg_dump' ? 'pg_restore' : 'nạp logic'}) vào ${database}.`);
    } finally {
      await db.stop();
    }
  } else {
    console.error('Dùng: npm run db:backup -- [tệp] | npm run db:restore -- <tệp> [tên]');
    process.exit(2);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
