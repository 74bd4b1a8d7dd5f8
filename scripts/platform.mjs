// Starts the three built apps as child processes — the API, the public site and the admin — and
// stops them again. Used by `npm start` (scripts/start.mjs) and by the browser tests. With
// `supervise`, an app that exits once the platform is up is started again after a backoff
// (1 s, 2 s, 4 s … up to 30 s; back to 1 s after a minute of running) instead of stopping it all.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {number} port */
export function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 * @param {() => boolean} [aborted]
 */
export async function waitForHttp(url, timeoutMs, aborted = () => false) {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    if (aborted()) throw new Error(`đã dừng khi chờ ${url}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} không phản hồi sau ${Math.round(timeoutMs / 1000)} giây (${last})`);
}

/**
 * @typedef {{ name: string, child: import('node:child_process').ChildProcess, exited: Promise<number | null> }} Service
 * @typedef {{
 *   databaseUrl: string,
 *   demo?: boolean,
 *   apiPort: number, publicPort: number, adminPort: number,
 *   host?: string,
 *   testClock?: boolean,
 *   env?: Record<string, string>,
 *   onOutput?: (name: string, line: string) => void,
 *   onExit?: (name: string, code: number | null) => void,
 *   supervise?: boolean,
 *   onRestart?: (name: string, code: number | null, signal: string | null, delayMs: number, restarts: number) => void,
 * }} PlatformOptions
 */

/**
 * @param {PlatformOptions} opts
 */
export async function startPlatform(opts) {
  const host = opts.host ?? '127.0.0.1';
  const apiUrl = `http://127.0.0.1:${opts.apiPort}/graphql`;
  const shown = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  const publicUrl = `http://${shown}:${opts.publicPort}`;
  const adminUrl = `http://${shown}:${opts.adminPort}`;
  /** @type {Service[]} */
  const services = [];
  let stopping = false;
  let ready = false;
  /** @type {Set<NodeJS.Timeout>} */
  const pendingRestarts = new Set();

  /**
   * @param {string} name @param {string[]} args @param {Record<string, string>} env
   * @param {{ restarts: number, backoffMs: number }} [state]
   */
  function run(name, args, env, state = { restarts: 0, backoffMs: 1000 }) {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, args[0]), ...args.slice(1)], {
      cwd: ROOT,
      env: { ...process.env, ...opts.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          opts.onOutput?.(name, buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
    }
    const exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        const i = services.findIndex((s) => s.child === child);
        if (i >= 0) services.splice(i, 1);
        resolve(code);
        if (stopping) return;
        // Exit code 78 is a configuration error: starting again would fail the same way.
        if (opts.supervise && ready && code !== 78) {
          // A run that lasted a minute was healthy: the next crash starts the backoff over.
          if (Date.now() - startedAt > 60_000) state.backoffMs = 1000;
          const delay = state.backoffMs;
          state.backoffMs = Math.min(state.backoffMs * 2, 30_000);
          state.restarts += 1;
          opts.onRestart?.(name, code, signal, delay, state.restarts);
          const timer = setTimeout(() => {
            pendingRestarts.delete(timer);
            if (!stopping) void run(name, args, env, state);
          }, delay);
          pendingRestarts.add(timer);
          return;
        }
        opts.onExit?.(name, code);
      }),
    );
    services.push({ name, child, exited });
    return exited;
  }

  const stop = async () => {
    stopping = true;
    for (const timer of pendingRestarts) clearTimeout(timer);
    pendingRestarts.clear();
    await Promise.all(
      services.map(async (s) => {
        if (s.child.exitCode !== null || s.child.signalCode !== null) return;
        s.child.kill('SIGTERM');
        const timer = setTimeout(() => s.child.kill('SIGKILL'), 8000);
        await s.exited;
        clearTimeout(timer);
      }),
    );
  };

  try {
    let apiDied = false;
    run('api', ['api/dist/main.js'], {
      DATABASE_URL: opts.databaseUrl,
      KN_DEMO: opts.demo === false ? 'false' : 'true',
      API_PORT: String(opts.apiPort),
      API_HOST: '127.0.0.1',
      KN_PUBLIC_URL: process.env.KN_PUBLIC_URL || publicUrl,
      KN_ADMIN_URL: process.env.KN_ADMIN_URL || adminUrl,
      // The browser tests move the API's clock (POST /__test__/clock); demo mode only.
      ...(opts.testClock ? { KN_TEST_CLOCK: '1' } : {}),
    }).then(() => (apiDied = true));
    // Migrations and the first demo seed happen before the API listens: allow time for them.
    await waitForHttp(`http://127.0.0.1:${opts.apiPort}/health`, 180_000, () => apiDied);

    const appEnv = (/** @type {number} */ port) => ({
      PORT: String(port),
      HOST: host,
      API_URL: apiUrl,
      BODY_SIZE_LIMIT: '40M',
      // Canonical links, feeds and the sitemap of the public site name this address.
      KN_PUBLIC_URL: process.env.KN_PUBLIC_URL || publicUrl,
    });
    run('public', ['scripts/serve-app.mjs', 'public-site'], appEnv(opts.publicPort));
    run('admin', ['scripts/serve-app.mjs', 'admin'], appEnv(opts.adminPort));
    const probe = host === '0.0.0.0' || host === '127.0.0.1' ? '127.0.0.1' : host;
    await Promise.all([
      waitForHttp(`http://${probe}:${opts.publicPort}/`, 60_000),
      waitForHttp(`http://${probe}:${opts.adminPort}/dang-nhap`, 60_000),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  ready = true;
  /** The process id of a running app (the supervisor's tests kill it). */
  const pidOf = (/** @type {string} */ name) => services.find((s) => s.name === name)?.child.pid;
  return { apiUrl, publicUrl, adminUrl, stop, pidOf };
}
