// `npm start`: builds what is not built yet, starts PostgreSQL (embedded unless DATABASE_URL is
// set), then the API, the public site and the admin with Vietnamese demo data. An app that crashes
// is started again (with backoff, logged); only Ctrl-C or SIGTERM stops it all.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, portFree, startPlatform } from './platform.mjs';

const env = process.env;
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Khơi Nguồn cần Node.js 20.19 trở lên (đang chạy ${process.version}).`);
  process.exit(1);
}

const say = (m) => console.log(`\x1b[1m▸\x1b[0m ${m}`);

function buildAll() {
  say('Đang biên dịch các ứng dụng (lần đầu mất khoảng 1–2 phút; các lần sau dùng bộ đệm)…');
  const turbo = path.join(ROOT, 'node_modules/.bin/turbo');
  const r = spawnSync(turbo, ['run', 'build', '--output-logs=errors-only', '--ui=stream'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (r.status !== 0) {
    console.error('Biên dịch thất bại. Xem lỗi ở trên.');
    process.exit(r.status ?? 1);
  }
}

const ports = {
  api: Number(env.API_PORT || 4000),
  public: Number(env.PUBLIC_PORT || 3000),
  admin: Number(env.ADMIN_PORT || 3001),
  pg: Number(env.KN_PG_PORT || 54329),
};

async function main() {
  if (!existsSync(path.join(ROOT, 'node_modules'))) {
    console.error('Chưa cài đặt gói phụ thuộc: chạy "npm install" trước.');
    process.exit(1);
  }
  for (const [name, port] of Object.entries({
    API_PORT: ports.api,
    PUBLIC_PORT: ports.public,
    ADMIN_PORT: ports.admin,
  })) {
    if (!(await portFree(port))) {
      console.error(
        `Cổng ${port} (${name}) đang được dùng. Dừng chương trình đang dùng cổng đó hoặc đặt ${name} khác.`,
      );
      process.exit(1);
    }
  }
  if (env.KN_SKIP_BUILD !== '1') buildAll();

  let databaseUrl = env.DATABASE_URL;
  let stopDb = async () => {};
  if (databaseUrl) {
    say(`Dùng PostgreSQL ngoài theo DATABASE_URL.`);
  } else {
    const { startEmbeddedPostgres, ensureDatabase } = await import(
      path.join(ROOT, 'api/dist/db/embedded.js')
    );
    const dataDir = path.resolve(ROOT, env.KN_DATA_DIR || '.data', 'postgres');
    say(
      `Khởi động PostgreSQL nhúng (dữ liệu tại ${path.relative(ROOT, dataDir)}, cổng ${ports.pg})…`,
    );
    const db = await startEmbeddedPostgres({ dataDir, port: ports.pg });
    stopDb = () => db.stop();
    await ensureDatabase(db.adminUrl, 'khoinguon');
    databaseUrl = db.urlFor('khoinguon');
  }

  let shuttingDown = false;
  let platform = null;
  const shutdown = async (code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say('Đang dừng…');
    await platform?.stop();
    await stopDb();
    say('Đã dừng tất cả. Tạm biệt!');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  say(
    'Khởi động API (chạy migration, nạp dữ liệu mẫu ở lần chạy đầu), trang công cộng và trang quản trị…',
  );
  try {
    platform = await startPlatform({
      databaseUrl,
      demo: env.KN_DEMO !== 'false',
      apiPort: ports.api,
      publicPort: ports.public,
      adminPort: ports.admin,
      host: env.HOST || '127.0.0.1',
      onOutput: (name, line) => {
        if (!/^Listening on/.test(line)) console.log(`\x1b[2m[${name}]\x1b[0m ${line}`);
      },
      supervise: true,
      onRestart: (name, code, signal, delayMs, restarts) => {
        console.error(
          `${new Date().toISOString()} Tiến trình ${name} đã dừng bất thường (${signal ? `tín hiệu ${signal}` : `mã ${code}`}); ` +
            `khởi động lại sau ${Math.round(delayMs / 1000)} giây (lần ${restarts}). / ` +
            `${name} exited unexpectedly; restarting in ${Math.round(delayMs / 1000)} s (restart ${restarts}).`,
        );
      },
      onExit: (name, code) => {
        console.error(
          `Tiến trình ${name} đã dừng bất thường (mã ${code}) và không thể khởi động lại. / ${name} cannot be restarted.`,
        );
        void shutdown(1);
      },
    });
  } catch (err) {
    console.error(`Không khởi động được: ${err instanceof Error ? err.message : err}`);
    await stopDb();
    process.exit(1);
  }

  const { DEMO_STAFF, DEMO_PASSWORD, DEMO_PROVINCE_ADMIN } = await import(
    path.join(ROOT, 'api/dist/db/seeders/demo-data.js')
  );
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  let sample = null;
  try {
    await client.connect();
    const { rows } = await client.query(
      `select i.tracking_code, coalesce(p.phone, p.email) as contact from idea i
         join authorship a on a.idea_id = i.id join person p on p.id = a.person_id
        order by i.received_at limit 1`,
    );
    sample = rows[0] ?? null;
  } finally {
    await client.end().catch(() => {});
  }

  const line = '─'.repeat(72);
  console.log(`\n${line}`);
  console.log(' Khơi Nguồn đang chạy / is running');
  console.log(line);
  console.log(` Trang công cộng (public site): ${platform.publicUrl}`);
  console.log(` Trang quản trị (admin):        ${platform.adminUrl}`);
  console.log(` API GraphQL (HTTP + WebSocket): ${platform.apiUrl}`);
  if (env.KN_DEMO !== 'false') {
    console.log(`\n Tài khoản mẫu (mật khẩu chung / shared password: ${DEMO_PASSWORD}):`);
    for (const s of [...DEMO_STAFF, DEMO_PROVINCE_ADMIN])
      console.log(`   ${s.email.padEnd(40)} ${s.label}`);
    if (sample)
      console.log(`\n Tra cứu thử: mã ${sample.tracking_code} với liên hệ ${sample.contact}`);
  }
  console.log(`\n Nhấn Ctrl-C để dừng / press Ctrl-C to stop.`);
  console.log(line);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
