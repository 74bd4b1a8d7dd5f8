// Runs scripts/platform.mjs's supervisor (what `npm start` uses) over stand-in apps: a copy of
// platform.mjs in a temporary root whose api/dist/main.js and scripts/serve-app.mjs are tiny HTTP
// servers. Kills the API twice with SIGKILL and prints one JSON line per event; the test reads them.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = await mkdtemp(path.join(os.tmpdir(), 'kn-supervisor-'));
const say = (event) => console.log(JSON.stringify(event));
const server = (portVar) => `import http from 'node:http';
http.createServer((_q, s) => s.end('ok')).listen(Number(process.env.${portVar}), '127.0.0.1');\n`;
try {
  await mkdir(path.join(root, 'scripts'), { recursive: true });
  await mkdir(path.join(root, 'api/dist'), { recursive: true });
  await cp(path.join(here, '../../scripts/platform.mjs'), path.join(root, 'scripts/platform.mjs'));
  await writeFile(path.join(root, 'api/dist/main.js'), server('API_PORT'));
  await writeFile(path.join(root, 'scripts/serve-app.mjs'), server('PORT'));
  const { startPlatform, freePort } = await import(
    pathToFileURL(path.join(root, 'scripts/platform.mjs')).href
  );
  const [apiPort, publicPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  let exits = 0;
  const platform = await startPlatform({
    databaseUrl: 'postgres://unused@127.0.0.1/unused',
    apiPort,
    publicPort,
    adminPort,
    supervise: true,
    onRestart: (name, code, signal, delayMs, restarts) =>
      say({ event: 'restart', name, code, signal, delayMs, restarts }),
    onExit: () => exits++,
  });
  const healthy = async () =>
    fetch(`http://127.0.0.1:${apiPort}/health`)
      .then((r) => r.ok)
      .catch(() => false);
  for (let round = 1; round <= 2; round++) {
    const pid = platform.pidOf('api');
    process.kill(pid, 'SIGKILL');
    const until = Date.now() + 20_000;
    while (platform.pidOf('api') === pid || !platform.pidOf('api') || !(await healthy())) {
      if (Date.now() > until) throw new Error('the API was not restarted');
      await new Promise((r) => setTimeout(r, 50));
    }
    say({ event: 'recovered', round, samePid: platform.pidOf('api') === pid });
  }
  const others = [platform.pidOf('public'), platform.pidOf('admin')].every(Boolean);
  await platform.stop();
  say({ event: 'stopped', exits, othersKeptRunning: others });
} finally {
  await rm(root, { recursive: true, force: true });
}
