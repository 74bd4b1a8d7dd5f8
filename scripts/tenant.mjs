// `npm run tenant -- create <commune code> --admin <email> --admin-name "<name>"`,
// `create-province <code>`, `suspend <code>`, `resume <code>`, `list`: the communes of a deployment
// for scripted roll-outs (api/src/tenant/tenant.cli.ts). Uses DATABASE_URL, or the embedded
// PostgreSQL of `npm start` (running or not).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(ROOT, 'api/dist/tenant/tenant.cli.js');
if (!existsSync(cli)) {
  console.error('Chưa build API. Chạy "npm run build" trước. / Build the API first: npm run build');
  process.exit(2);
}

const port = Number(process.env.KN_PG_PORT || 54329);
const inUse = await new Promise((resolve) => {
  const s = net.connect({ port, host: '127.0.0.1' });
  s.once('connect', () => (s.destroy(), resolve(true)));
  s.once('error', () => resolve(false));
});

let databaseUrl = process.env.DATABASE_URL;
let stop = async () => {};
if (!databaseUrl) {
  if (inUse) {
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${port}/khoinguon`;
  } else {
    const { startEmbeddedPostgres } = await import(path.join(ROOT, 'api/dist/db/embedded.js'));
    const dataDir = path.resolve(ROOT, process.env.KN_DATA_DIR || '.data', 'postgres');
    if (!existsSync(dataDir)) {
      console.error(
        `Chưa có dữ liệu tại ${dataDir}: chạy "npm start" trước hoặc đặt DATABASE_URL.`,
      );
      process.exit(2);
    }
    const db = await startEmbeddedPostgres({ dataDir, port });
    databaseUrl = db.urlFor('khoinguon');
    stop = () => db.stop();
  }
}
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl },
});
await stop();
process.exit(r.status ?? 1);
