// The API benchmark (`npm run bench -- --only api [--ideas 100000]`), beside the public site's.
//
// On a `npm run seed:scale` database (seeded first when its data folder does not exist yet) it starts
// the built API (api/dist/main.js, NODE_ENV=production, as scripts/platform.mjs starts it) and the raw
// floor (tests/bench/floor-server.mjs: node:http + pg, one hand-written SQL per answer, same rules),
// checks that both give the same answer, then drives both with autocannon, interleaved (API, floor,
// API, floor…), for `--duration` seconds per point at each concurrency of `--connections`:
//   public reads: the partner/gallery query (20 public ideas with title, status, publishedAt, field
//   names, unit name, authors' display names), the same with totalCount, accent-insensitive search
//   "nuoc sach" with totalCount, an idea page, honoured ideas, news, counters;
//   the admin inbox (50 ideas with a status filter and totalCount, signed in as the demo hub officer).
// Then: submitIdea at c=1 and c=10 (p99; PostgreSQL's wait events sampled to see whether the receipt
// chain's per-commune advisory lock serialises the inserts), `--subscribers` graphql-ws subscribers
// of the hub's live feed on one API instance (fan-out time of one status change to all, memory per
// connection), and search at 1,000,000 ideas with the EXPLAIN (ANALYZE, BUFFERS) plans of the API's
// and the floor's statements (`--million-dir`, default .data/scale-1000000-166; skipped with
// `--skip-million` or when that database has not been seeded: `npm run seed:scale -- --ideas
// 1000000 --communes 166`). Appends a section to tests/bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { inspect, isDeepStrictEqual } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const log = (...a) => console.log('[bench api]', ...a);
const TENANT = '16228';

function parseArgs(argv) {
  const o = {
    ideas: 100_000,
    communes: 1,
    dataDir: null,
    duration: 8,
    connections: [10, 50],
    subscribers: 5000,
    millionDir: '.data/scale-1000000-166',
    skipMillion: false,
    skipSubscriptions: false,
    parts: ['reads', 'submit', 'subscriptions', 'million'],
    reads: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--ideas') o.ideas = Number(v());
    else if (a === '--communes') o.communes = Number(v());
    else if (a === '--data-dir') o.dataDir = v();
    else if (a === '--duration') o.duration = Number(v());
    else if (a === '--connections') o.connections = v().split(',').map(Number);
    else if (a === '--subscribers') o.subscribers = Number(v());
    else if (a === '--million-dir') o.millionDir = v();
    else if (a === '--skip-million') o.skipMillion = true;
    else if (a === '--skip-subscriptions') o.skipSubscriptions = true;
    else if (a === '--parts') o.parts = v().split(',');
    else if (a === '--reads') o.reads = v().split(',');
    else if (a === '--only') v();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ── Processes ─────────────────────────────────────────────────────────────────
async function waitFor(url, ms, child) {
  const end = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited (${child.exitCode})`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function start(name, file, env) {
  // KN_BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the API under load.
  const extra =
    name === 'api' ? (process.env.KN_BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean) : [];
  const child = spawn(process.execPath, [...extra, file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  for (const s of [child.stdout, child.stderr])
    s.on('data', (d) => {
      tail.push(String(d));
      if (tail.length > 50) tail.shift();
    });
  child.tail = tail;
  child.stopped = new Promise((r) => child.on('exit', r));
  child.stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 8000);
    await child.stopped;
    clearTimeout(t);
  };
  return child;
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Brings the database's schema up to this version before the servers start (a big database may
 * take minutes, e.g. a new column filled for a million ideas), with the migrator's own progress.
 */
async function migrate(databaseUrl) {
  const t0 = performance.now();
  log('applying migrations (if any)…');
  const child = spawn(process.execPath, ['api/dist/db/cli.js', 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (d) =>
    String(d)
      .split('\n')
      .filter(Boolean)
      .forEach((l) => log(`  ${l}`)),
  );
  const code = await new Promise((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`migrations failed (exit ${code})`);
  log(`migrations done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function startServers(databaseUrl, dataDir) {
  if (!startServers.migrated?.has(databaseUrl)) {
    await migrate(databaseUrl);
    (startServers.migrated ??= new Set()).add(databaseUrl);
  }
  const { freePort } = await import(pathToFileURL(path.join(ROOT, 'scripts/platform.mjs')).href);
  const apiPort = await freePort();
  const api = start('api', 'api/dist/main.js', {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    KN_DEMO: 'true',
    API_PORT: String(apiPort),
    API_HOST: '127.0.0.1',
    KN_SECRET: randomBytes(32).toString('hex'),
    KN_STORAGE_DIR: path.resolve(ROOT, dataDir, 'files'),
    // submitIdea is measured at c=10 from one address: strangers' limits would refuse it.
    KN_SUBMISSIONS_PER_ADDRESS_PER_HOUR: '0',
    KN_ANONYMOUS_REQUESTS_PER_MINUTE: '0',
    KN_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
    KN_TRACKING_FAILURES_PER_10_MIN: '0',
  });
  const floorPort = await freePort();
  const floor = start('floor', 'tests/bench/floor-server.mjs', {
    DATABASE_URL: databaseUrl,
    PORT: String(floorPort),
  });
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 180_000, api).catch((e) => {
    console.error(api.tail.join(''));
    throw e;
  });
  await waitFor(`http://127.0.0.1:${floorPort}/health`, 30_000, floor);
  return {
    api,
    floor,
    apiUrl: `http://127.0.0.1:${apiPort}/graphql`,
    wsUrl: `ws://127.0.0.1:${apiPort}/graphql`,
    floorUrl: `http://127.0.0.1:${floorPort}`,
    stop: () => Promise.all([api.stop(), floor.stop()]),
  };
}

// ── Load ──────────────────────────────────────────────────────────────────────
const q = (p, lat) => {
  if (!lat.length) return null;
  return lat[Math.min(lat.length - 1, Math.ceil(p * lat.length) - 1)];
};

/** One autocannon point; latencies collected per response for exact p50/p95/p99. */
async function load({ url, method = 'GET', headers = {}, body, requests, connections, duration }) {
  const { default: autocannon } = await import('autocannon');
  const lat = [];
  let bad = 0;
  const inst = autocannon({
    url,
    method,
    headers,
    body,
    requests,
    connections,
    duration,
    pipelining: 1,
  });
  inst.on('response', (_client, status, _bytes, time) => {
    lat.push(time);
    if (status >= 300) bad++;
  });
  const r = await inst;
  lat.sort((a, b) => a - b);
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p50: q(0.5, lat),
    p95: q(0.95, lat),
    p99: q(0.99, lat),
    errors: r.errors + r.timeouts + bad,
  };
}

async function gql(urlOrServers, query, variables = {}, token, tenant = TENANT) {
  const url = typeof urlOrServers === 'string' ? urlOrServers : urlOrServers.apiUrl;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tenant': tenant,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const CARD = 'id title status publishedAt fields { name } unit { name } authors { displayName }';
export const QUERIES = {
  gallery: `{ ideas(first: 20, orderBy: { field: PUBLISHED_AT, direction: DESC }) { nodes { ${CARD} } } }`,
  'gallery-count': `{ ideas(first: 20, orderBy: { field: PUBLISHED_AT, direction: DESC }) { totalCount nodes { ${CARD} } } }`,
  search: `{ ideas(first: 20, where: { search: "nuoc sach" }) { totalCount nodes { ${CARD} } } }`,
  idea: `query ($id: ID!) { idea(id: $id) { id title problem solution benefit requirements status maturity publishedAt honouredAt honourCitation fields { name } unit { name } authors { displayName role } } }`,
  honoured: `{ ideas(first: 12, where: { honoured: true }, orderBy: { field: HONOURED_AT, direction: DESC }) { nodes { id title honouredAt honourCitation fields { name } unit { name } authors { displayName } } } }`,
  news: `{ posts(kind: NEWS, first: 10) { nodes { slug title summary publishedAt } } }`,
  counters: `{ ideaCounters { received answered piloted applied scaled published honoured } }`,
  inbox: `query ($where: IdeaWhereInput) { ideas(first: 50, where: $where, orderBy: { field: RECEIVED_AT, direction: DESC }) { totalCount nodes { id title trackingCode status channel receivedAt publishedAt unit { name nowPartOf { name } } fields { id name } authors { displayName } assignee { id fullName } currentStep { dueAt pausedAt overdue } } } }`,
};
const INBOX_STATUSES = ['SUBMITTED', 'NEEDS_INFO', 'ACCEPTED'];

const LABEL = {
  gallery: 'gallery / partner list (20)',
  'gallery-count': 'gallery with totalCount',
  search: 'search "nuoc sach" + totalCount',
  idea: 'idea page',
  honoured: 'honoured ideas (12)',
  news: 'news (10)',
  counters: 'counters',
  inbox: 'admin inbox (50, status filter, hub)',
};

/**
 * The public reads again, sent as a CDN or a partner's cache would: GET with the persisted query's
 * hash (Apollo's APQ) and the commune in X-Tenant, answered from the API's cache of public
 * answers (kept per content version; `KN_PUBLIC_CACHE_SECONDS`). The floor is the same as above.
 */
const GET_READS = ['gallery', 'idea', 'honoured', 'news', 'counters'];
for (const n of GET_READS) LABEL[`${n}@get`] = `${LABEL[n]} — GET, persisted query, cacheable`;

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function getPath(query, variables) {
  const ext = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
  return `/graphql?extensions=${encodeURIComponent(ext)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

/** Registers a query's hash with the API (APQ: the first request carries the text). */
async function registerPersisted(s, query, variables) {
  const r = await fetch(s.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': TENANT },
    body: JSON.stringify({
      query,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
    }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`APQ: ${JSON.stringify(body.errors)}`);
}

/** Both servers' requests for one scenario. */
function scenario(name, s, ctx) {
  if (name.endsWith('@get')) {
    const base = scenario(name.slice(0, -4), s, ctx);
    const query = QUERIES[name.slice(0, -4)];
    const headers = { 'x-tenant': TENANT };
    let i = 0;
    const api =
      name === 'idea@get'
        ? {
            url: s.apiUrl,
            headers,
            requests: [
              {
                setupRequest: (req) => ({
                  ...req,
                  path: getPath(query, { id: ctx.ideaIds[i++ % ctx.ideaIds.length] }),
                }),
              },
            ],
          }
        : { url: s.apiUrl, headers, requests: [{ path: getPath(query, {}) }] };
    return { ...base, api, persisted: query };
  }
  const headers = { 'content-type': 'application/json', 'x-tenant': TENANT };
  if (name === 'inbox') headers.authorization = `Bearer ${ctx.token}`;
  const variables = name === 'inbox' ? { where: { status: INBOX_STATUSES } } : {};
  const floorPath =
    name === 'search'
      ? '/search?q=nuoc%20sach'
      : name === 'inbox'
        ? `/inbox?status=${INBOX_STATUSES.join(',')}`
        : `/${name}`;
  if (name === 'idea') {
    // A different public idea on every request.
    let i = 0;
    return {
      api: {
        url: s.apiUrl,
        method: 'POST',
        headers,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({
                query: QUERIES.idea,
                variables: { id: ctx.ideaIds[i++ % ctx.ideaIds.length] },
              }),
            }),
          },
        ],
      },
      floor: {
        url: s.floorUrl,
        headers: { 'x-tenant': TENANT },
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: `/idea?id=${ctx.ideaIds[i++ % ctx.ideaIds.length]}`,
            }),
          },
        ],
      },
      sample: {
        api: { query: QUERIES.idea, variables: { id: ctx.ideaIds[0] } },
        floor: `/idea?id=${ctx.ideaIds[0]}`,
      },
    };
  }
  return {
    api: {
      url: s.apiUrl,
      method: 'POST',
      headers,
      body: JSON.stringify({ query: QUERIES[name], variables }),
    },
    floor: { url: s.floorUrl + floorPath, headers: { 'x-tenant': TENANT } },
    sample: { api: { query: QUERIES[name], variables }, floor: floorPath },
  };
}

/** Same answer from both? Field and author lists compared as sets (ties in their order are arbitrary). */
function normalise(v) {
  if (Array.isArray(v)) {
    const n = v.map(normalise);
    const key = (x) => x?.name ?? x?.displayName;
    return n.every(
      (x) => x && typeof x === 'object' && key(x) != null && Object.keys(x).length <= 2,
    )
      ? n.sort((a, b) => String(key(a)).localeCompare(String(key(b))))
      : n;
  }
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) if (k !== 'overdue') out[k] = normalise(v[k]);
    return out;
  }
  return v;
}
async function compare(name, s, sc, token) {
  const a = sc.persisted
    ? await (
        await fetch(
          s.apiUrl.replace(/\/graphql$/, '') + getPath(sc.persisted, sc.sample.api.variables ?? {}),
          { headers: { 'x-tenant': TENANT } },
        )
      ).json()
    : await gql(s, sc.sample.api.query, sc.sample.api.variables, name === 'inbox' ? token : null);
  const f = await (
    await fetch(s.floorUrl + sc.sample.floor, { headers: { 'x-tenant': TENANT } })
  ).json();
  if (a.errors)
    return { same: false, note: `API errors: ${JSON.stringify(a.errors).slice(0, 300)}` };
  const same = isDeepStrictEqual(normalise(a), normalise(f));
  let note = '';
  if (!same) {
    const aj = JSON.stringify(normalise(a));
    const fj = JSON.stringify(normalise(f));
    let k = 0;
    while (k < aj.length && aj[k] === fj[k]) k++;
    note = `differs at …${aj.slice(Math.max(0, k - 60), k + 80)}… vs …${fj.slice(Math.max(0, k - 60), k + 80)}…`;
  }
  return { same, note };
}

// ── Database helpers ──────────────────────────────────────────────────────────
async function withClient(url, fn) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Samples the SQL the API sends (pg_stat_activity) while `during` runs. */
async function sampleStatements(url, during, match) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const seen = new Map();
  const waits = new Map();
  let samples = 0;
  let run = true;
  const loop = (async () => {
    while (run) {
      const { rows } = await c.query(
        `select query, wait_event_type, wait_event from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      samples++;
      for (const r of rows) {
        if (match && match(r.query)) seen.set(r.query, (seen.get(r.query) ?? 0) + 1);
        const w = r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'CPU (no wait)';
        waits.set(w, (waits.get(w) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    const result = await during();
    return { result, statements: [...seen.keys()], waits, samples };
  } finally {
    run = false;
    await loop;
    await c.end();
  }
}

async function explain(url, sql, params = []) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `explain (analyze, buffers, costs off, summary on) ${sql}`,
      params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

// ── Parts of the run ──────────────────────────────────────────────────────────
async function readBench(s, ctx, o, results) {
  const names = [
    'gallery',
    'gallery-count',
    'search',
    'idea',
    'honoured',
    'news',
    'counters',
    'inbox',
    ...GET_READS.map((n) => `${n}@get`),
  ].filter((n) => !o.reads || o.reads.includes(n));
  for (const name of names) {
    const sc = scenario(name, s, ctx);
    if (sc.persisted) await registerPersisted(s, sc.persisted, sc.sample.api.variables);
    const check = await compare(name, s, sc, ctx.token);
    log(`${name}: same answer as the floor: ${check.same ? 'yes' : `NO — ${check.note}`}`);
    // Warm-up (JIT, plan caches, pools) not measured.
    await load({ ...sc.api, connections: 10, duration: 1 });
    await load({ ...sc.floor, connections: 10, duration: 1 });
    const row = { name, label: LABEL[name], same: check.same, note: check.note, points: [] };
    for (const c of o.connections) {
      const rssBefore = rssMb(s.api.pid);
      let rssMax = rssBefore;
      const timer = setInterval(() => (rssMax = Math.max(rssMax, rssMb(s.api.pid) ?? 0)), 250);
      const api = await load({ ...sc.api, connections: c, duration: o.duration });
      clearInterval(timer);
      const floor = await load({ ...sc.floor, connections: c, duration: o.duration });
      row.points.push({ c, api, floor, ratio: floor.rps ? api.rps / floor.rps : null, rssMax });
      log(
        `${name} c=${c}: API ${api.rps.toFixed(0)} req/s p50 ${api.p50} ms p95 ${api.p95} ms | floor ${floor.rps.toFixed(0)} req/s p50 ${floor.p50} ms p95 ${floor.p95} ms | ratio ${(api.rps / floor.rps).toFixed(3)}${api.errors || floor.errors ? ` | errors ${api.errors}/${floor.errors}` : ''}`,
      );
    }
    results.reads.push(row);
  }
}

async function submitBench(s, ctx, o, databaseUrl, results) {
  const cat = await gql(
    s,
    '{ fields { id } privacyNotice { version } units(kind: VILLAGE) { id } }',
  );
  const fieldIds = cat.data.fields.map((f) => f.id);
  const notice = cat.data.privacyNotice.version;
  const villages = cat.data.units.map((u) => u.id);
  let n = 0;
  const mutation = `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode digest } }`;
  const body = () => {
    n++;
    return JSON.stringify({
      query: mutation,
      variables: {
        input: {
          title: `Ý tưởng đo tải số ${n}: nước sạch cho thôn`,
          problem: 'Nhiều hộ dân vẫn dùng nước giếng nhiễm phèn, mùa khô thiếu nước sinh hoạt.',
          solution: 'Bể lọc dùng chung cho mỗi cụm hộ, tổ tự quản thay vật liệu lọc mỗi quý.',
          benefit: 'Các hộ có nước sạch quanh năm.',
          fieldIds: [fieldIds[n % fieldIds.length]],
          unitId: villages[n % villages.length],
          maturity: 'PRELIMINARY',
          author: {
            fullName: 'Nguyễn Văn Đo',
            email: `do.tai.${n}.${randomUUID().slice(0, 8)}@example.com`,
          },
          consents: {
            noticeVersion: notice,
            processData: true,
            showName: true,
            publishContent: true,
          },
          idempotencyKey: randomUUID(),
        },
      },
    });
  };
  const probe = JSON.parse(body());
  const first = await gql(s, probe.query, probe.variables);
  if (first.errors) throw new Error(`submitIdea: ${JSON.stringify(first.errors)}`);
  const req = {
    url: s.apiUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': TENANT },
    requests: [{ setupRequest: (r) => ({ ...r, body: body() }) }],
  };
  const before = await withClient(
    databaseUrl,
    async (c) => (await c.query('select count(*)::int n from idea')).rows[0].n,
  );
  const one = await load({ ...req, connections: 1, duration: o.duration });
  const ten = await sampleStatements(databaseUrl, () =>
    load({ ...req, connections: 10, duration: o.duration }),
  );
  const after = await withClient(
    databaseUrl,
    async (c) => (await c.query('select count(*)::int n from idea')).rows[0].n,
  );
  const lockWaits = [...ten.waits.entries()].sort((a, b) => b[1] - a[1]);
  results.submit = {
    one,
    ten: ten.result,
    lockWaits,
    samples: ten.samples,
    inserted: after - before,
  };
  log(
    `submitIdea: c=1 ${one.rps.toFixed(1)} req/s p99 ${one.p99} ms; c=10 ${ten.result.rps.toFixed(1)} req/s p50 ${ten.result.p50} p99 ${ten.result.p99} ms; waits ${lockWaits.map(([k, v]) => `${k}×${v}`).join(', ')}`,
  );
}

async function subscriptionBench(s, ctx, o, databaseUrl, results) {
  const { createClient } = await import('graphql-ws');
  const { default: WebSocket } = await import('ws');
  const idea = await withClient(
    databaseUrl,
    async (c) =>
      (
        await c.query(
          `select i.id, i.unit_id, (select field_id from idea_field where idea_id = i.id limit 1) as field_id
        from idea i join tenant t on t.id = i.tenant_id
        where t.code = $1 and i.status = 'SUBMITTED' order by i.received_at desc limit 1`,
          [TENANT],
        )
      ).rows[0],
  );
  const tenantId = await withClient(
    databaseUrl,
    async (c) => (await c.query(`select id from tenant where code = $1`, [TENANT])).rows[0].id,
  );
  global.gc?.();
  const rss0 = rssMb(s.api.pid);
  const clients = [];
  const got = new Array(o.subscribers).fill(0);
  const heardProbe = new Array(o.subscribers).fill(false);
  const arrived = [];
  let changeAt = 0;
  const PROBE_AT = '2000-01-01T00:00:00.000Z';
  const query = 'subscription { ideaActivity { type ideaId status at } }';
  const t0 = performance.now();
  let connected = 0;
  let connectErrors = 0;
  for (let i = 0; i < o.subscribers; i++) {
    const client = createClient({
      url: s.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ctx.token}`, 'x-tenant': TENANT },
      lazy: false,
      retryAttempts: 3,
      on: { connected: () => connected++ },
      onNonLazyError: () => connectErrors++,
    });
    clients.push(client);
    client.subscribe(
      { query },
      {
        next: (v) => {
          const e = v.data?.ideaActivity;
          if (e?.at === PROBE_AT) heardProbe[i] = true;
          else if (e?.ideaId === idea.id && !got[i]) {
            got[i] = 1;
            arrived.push(performance.now() - changeAt);
          }
        },
        error: () => {},
        complete: () => {},
      },
    );
    // In batches: the next batch opens once this one is acknowledged, so that a busy API does
    // not time out connection initialisations (graphql-ws closes them with 4408).
    if (i % 100 === 99 || i === o.subscribers - 1) {
      const until = Date.now() + 60_000;
      while (connected < i + 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    }
  }
  // Registered once a probe NOTIFY reaches them (sent again until every subscriber heard one).
  const probe = JSON.stringify({
    topic: 'IDEA',
    type: 'UPDATED',
    tenantId,
    ideaId: randomUUID(),
    unitId: idea.unit_id,
    receptionPointId: null,
    status: 'SUBMITTED',
    at: PROBE_AT,
  });
  const end = Date.now() + 120_000;
  while (heardProbe.some((h) => !h) && Date.now() < end) {
    await withClient(databaseUrl, (c) => c.query('select pg_notify($1, $2)', ['kn_events', probe]));
    await new Promise((r) => setTimeout(r, 1000));
  }
  const listening = heardProbe.filter(Boolean).length;
  const connectSeconds = (performance.now() - t0) / 1000;
  global.gc?.();
  await new Promise((r) => setTimeout(r, 2000));
  const rss1 = rssMb(s.api.pid);
  // One status change, by the hub.
  changeAt = performance.now();
  const r = await gql(
    s,
    'mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { id status } }',
    {
      i: {
        ideaId: idea.id,
        to: 'ACCEPTED',
        classification: {
          fieldIds: [idea.field_id],
          maturity: 'COMPLETE',
          feasibility: 'HIGH',
          applicability: 'LOCAL',
          route: 'COUNCIL_REVIEW',
        },
      },
    },
    ctx.token,
  );
  const mutationMs = performance.now() - changeAt;
  const until = Date.now() + 60_000;
  while (arrived.length < listening && Date.now() < until)
    await new Promise((r2) => setTimeout(r2, 10));
  arrived.sort((a, b) => a - b);
  results.subscriptions = {
    subscribers: o.subscribers,
    listening,
    connectErrors,
    connectSeconds,
    rssBefore: rss0,
    rssAfter: rss1,
    perConnectionKb: listening ? ((rss1 - rss0) * 1024) / listening : null,
    mutationMs,
    mutationError: r.errors ? JSON.stringify(r.errors).slice(0, 200) : null,
    received: arrived.length,
    firstMs: arrived[0] ?? null,
    p50Ms: q(0.5, arrived),
    p95Ms: q(0.95, arrived),
    allMs: arrived.length ? arrived[arrived.length - 1] : null,
  };
  log('subscriptions:', JSON.stringify(results.subscriptions));
  for (const c of clients) {
    try {
      await c.dispose();
    } catch {
      /* already closed */
    }
  }
}

async function searchMillion(o, results) {
  const dir = path.resolve(ROOT, o.millionDir);
  if (o.skipMillion || !existsSync(path.join(dir, 'postgres', 'PG_VERSION'))) {
    results.million = { skipped: o.skipMillion ? '--skip-million' : `${o.millionDir} not seeded` };
    return;
  }
  const { openDatabase } = await import(
    pathToFileURL(path.join(ROOT, 'scripts/seed-scale.mjs')).href
  );
  const { freePort } = await import(pathToFileURL(path.join(ROOT, 'scripts/platform.mjs')).href);
  // The server log, kept while the plans of the API's statements are captured (auto_explain).
  const serverLog = [];
  let capture = false;
  const db = await openDatabase({
    dataDir: o.millionDir,
    port: await freePort(),
    onLog: (line) => capture && serverLog.push(line),
  });
  let s = await startServers(db.url, o.millionDir);
  try {
    const counts = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `select count(*)::int ideas, count(distinct tenant_id)::int communes,
          count(*) filter (where tenant_id = (select id from tenant where code = $1))::int here from idea`,
            [TENANT],
          )
        ).rows[0],
    );
    const sc = scenario('search', s, {});
    const check = await compare('search', s, sc, null);
    await load({ ...sc.api, connections: 10, duration: 1 });
    const api = await load({ ...sc.api, connections: 10, duration: o.duration });
    const floor = await load({ ...sc.floor, connections: 10, duration: o.duration });
    const seq = await load({ ...sc.api, connections: 1, duration: o.duration });
    const seqFloor = await load({ ...sc.floor, connections: 1, duration: o.duration });
    // The API's statements with their parameters, as PostgreSQL ran them: auto_explain (shipped
    // with the embedded server) for the API's new connections, one search, then switched off.
    const plans = [];
    try {
      await s.stop();
      const dbName = await withClient(db.url, async (c) => {
        const name = (await c.query('select current_database() as d')).rows[0].d;
        const id = `"${name.replace(/"/g, '""')}"`;
        await c.query(`alter database ${id} set session_preload_libraries = 'auto_explain'`);
        await c.query(`alter database ${id} set auto_explain.log_min_duration = 0`);
        await c.query(`alter database ${id} set auto_explain.log_analyze = on`);
        await c.query(`alter database ${id} set auto_explain.log_buffers = on`);
        return id;
      });
      try {
        s = await startServers(db.url, o.millionDir);
        await gql(s, QUERIES.search);
        capture = true;
        const t = await gql(s, QUERIES.search);
        if (t.errors) throw new Error(JSON.stringify(t.errors));
        await new Promise((r) => setTimeout(r, 1000));
        capture = false;
        await s.stop();
      } finally {
        await withClient(db.url, async (c) => {
          for (const k of [
            'session_preload_libraries',
            'auto_explain.log_min_duration',
            'auto_explain.log_analyze',
            'auto_explain.log_buffers',
          ])
            await c.query(`alter database ${dbName} reset ${k}`);
        });
      }
      for (const entry of serverLog
        .join('\n')
        .split(/LOG:\s+duration: /)
        .slice(1)) {
        if (!/search_vector/.test(entry)) continue;
        const text =
          /Query Text: ([\s\S]*?)\n\s*(Limit|Aggregate|Sort|Nested|Hash|Index|Bitmap|Seq|Result|Gather|Unique|Subquery)/.exec(
            entry,
          );
        plans.push({
          who: 'API',
          sql: text ? text[1] : entry.slice(0, 200),
          plan: `duration: ${entry.trim().replace(/\n\d{4}-\d\d-\d\d [^\n]*$/, '')}`,
        });
      }
      if (!plans.length)
        plans.push({
          who: 'API',
          sql: '(none captured)',
          plan: serverLog.join('\n').slice(0, 2000),
        });
    } catch (err) {
      plans.push({ who: 'API', sql: '(auto_explain unavailable)', plan: String(err) });
    }
    const { FLOOR_SQL, prefixQuery } = await import(
      pathToFileURL(path.join(HERE, 'floor-server.mjs')).href
    );
    const tenantId = await withClient(
      db.url,
      async (c) => (await c.query('select id from tenant where code = $1', [TENANT])).rows[0].id,
    );
    plans.push({
      who: 'floor',
      sql: FLOOR_SQL.search,
      plan: await explain(db.url, FLOOR_SQL.search, [tenantId, prefixQuery('nuoc sach')]),
    });
    results.million = {
      counts,
      same: check.same,
      note: check.note,
      api,
      floor,
      seq,
      seqFloor,
      plans,
    };
    log(
      `1M search: API c=10 p95 ${api.p95} ms, c=1 p95 ${seq.p95} ms; floor c=10 p95 ${floor.p95} ms`,
    );
  } finally {
    await s.stop();
    await db.stop();
  }
}

// ── Report ────────────────────────────────────────────────────────────────────
const f0 = (v) =>
  v == null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);
const ms = (v) => (v == null ? '—' : `${v < 10 ? Number(v).toFixed(1) : Math.round(v)} ms`);
function bar(ratio, width = 20) {
  const n = Math.max(0, Math.min(width, Math.round((ratio ?? 0) * width)));
  return '█'.repeat(n) + '░'.repeat(width - n);
}

function report(o, results, env) {
  const now = new Date();
  const d = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  const cpus = os.cpus();
  const L = [];
  L.push(`# API benchmark — ${d}`, '');
  L.push(`Run by \`${env.command}\` (tests/bench/api.mjs) on ${d} (${now.toISOString()}).`, '');
  L.push('## Machine and data', '');
  L.push(
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores; RAM ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB; Node.js ${process.version}`,
  );
  L.push(
    `- Load average before the run: ${env.loadBefore.map((l) => l.toFixed(2)).join(', ')}; after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ', ',
      )} (the machine is shared with other developers and CI: absolute numbers vary, the API/floor ratio measured in the same minute is steadier)`,
  );
  L.push(
    `- Database: \`npm run seed:scale -- --ideas ${o.ideas}${o.communes > 1 ? ` --communes ${o.communes}` : ''}\` (${env.dataDir}), embedded PostgreSQL 18; ${env.counts.ideas.toLocaleString('en-US')} ideas, ${env.counts.here.toLocaleString('en-US')} of them in commune ${TENANT} (the one measured), of which ${env.counts.public.toLocaleString('en-US')} public; the search term matches ${env.counts.searchMatches.toLocaleString('en-US')} public ideas there (accent folding makes "sach" match both "sạch" and "sách")`,
  );
  L.push(
    `- API: api/dist/main.js, \`NODE_ENV=production\`, pool of 10 connections; floor: tests/bench/floor-server.mjs (node:http + pg, pool of 10, one SQL statement per answer)`,
  );
  L.push(
    `- autocannon ${env.autocannonVersion}, ${o.duration} s per point after a 1 s warm-up, API and floor alternated point by point; p50/p95/p99 from every response's latency`,
    '',
  );

  if (results.reads.length) readsReport(L, results, env);
  return moreReport(L, results);
}

function readsReport(L, results, env) {
  L.push('## Public and partner reads, and the admin inbox', '');
  L.push(
    '| query | same answer | c | API req/s | API p50 | API p95 | floor req/s | floor p50 | floor p95 | API / floor |',
    '|---|:-:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const r of results.reads)
    for (const p of r.points)
      L.push(
        `| ${r.label} | ${r.same ? 'yes' : 'no'} | ${p.c} | ${f0(p.api.rps)} | ${ms(p.api.p50)} | ${ms(p.api.p95)} | ${f0(p.floor.rps)} | ${ms(p.floor.p50)} | ${ms(p.floor.p95)} | **${p.ratio?.toFixed(3) ?? '—'}**${p.api.errors ? ` (${p.api.errors} errors)` : ''} |`,
      );
  L.push('');
  const diffs = results.reads.filter((r) => !r.same);
  if (diffs.length) {
    L.push(
      'Answers that differ between the API and the floor (compared before the load; field and author lists as sets):',
      '',
    );
    for (const r of diffs) L.push(`- ${r.label}: ${r.note.replace(/\|/g, '\\|')}`);
    L.push('');
  }
  L.push(
    'API throughput as a share of the floor (goal: ≥ 0.7 for public reads, ≥ 0.5 for the inbox; █ = 5 %):',
    '',
    '```',
  );
  for (const r of results.reads)
    for (const p of r.points)
      L.push(`${`${r.name} c=${p.c}`.padEnd(20)} ${bar(p.ratio)} ${p.ratio?.toFixed(3) ?? '—'}`);
  L.push('```', '');
  const rss = results.reads.flatMap((r) => r.points.map((p) => p.rssMax)).filter(Boolean);
  if (rss.length)
    L.push(
      `API memory (RSS): ${Math.round(env.rssIdle)} MB idle after start, up to ${Math.round(Math.max(...rss))} MB under these loads.`,
      '',
    );
}

function moreReport(L, results) {
  if (results.submit) {
    const s = results.submit;
    L.push('## submitIdea', '');
    L.push('| concurrency | req/s | p50 | p95 | p99 | errors |', '|--:|--:|--:|--:|--:|--:|');
    L.push(
      `| 1 | ${f0(s.one.rps)} | ${ms(s.one.p50)} | ${ms(s.one.p95)} | ${ms(s.one.p99)} | ${s.one.errors} |`,
    );
    L.push(
      `| 10 | ${f0(s.ten.rps)} | ${ms(s.ten.p50)} | ${ms(s.ten.p95)} | ${ms(s.ten.p99)} | ${s.ten.errors} |`,
    );
    L.push('');
    const total = s.lockWaits.reduce((a, [, v]) => a + v, 0);
    L.push(
      `${s.inserted.toLocaleString('en-US')} ideas written. What the active PostgreSQL backends were doing during the c=10 run (${s.samples} samples of pg_stat_activity every ~20 ms; share of backend-samples): ` +
        s.lockWaits.map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)} %`).join(', ') +
        ". `Lock:advisory` is the receipt chain's per-commune lock (`kn_receipt_log_append`): a submission waits there while another one of the same commune commits.",
      '',
    );
    L.push(`Scaling from c=1 to c=10: ×${(s.ten.rps / s.one.rps).toFixed(2)} throughput.`, '');
  }
  if (results.subscriptions) {
    const s = results.subscriptions;
    L.push('## Subscriptions (graphql-ws)', '');
    L.push(
      `- ${s.subscribers.toLocaleString('en-US')} subscribers of \`ideaActivity\` (the hub officer's live feed) opened on one API instance from this process; ${s.listening.toLocaleString('en-US')} confirmed listening (a probe NOTIFY reached them) after ${s.connectSeconds.toFixed(1)} s (opened 100 at a time, each batch once acknowledged; ${s.connectErrors} connection errors)`,
      `- API memory (RSS): ${f0(s.rssBefore)} MB before, ${f0(s.rssAfter)} MB with the subscribers: **${f0(s.perConnectionKb)} KB per connection**`,
      `- One status change (\`transitionIdea\` SUBMITTED → ACCEPTED, ${ms(s.mutationMs)}${s.mutationError ? `, error: ${s.mutationError}` : ''}): received by ${s.received.toLocaleString('en-US')} subscribers; first after ${ms(s.firstMs)}, half after ${ms(s.p50Ms)}, 95 % after ${ms(s.p95Ms)}, **all after ${ms(s.allMs)}** (from the mutation being sent); **from the first delivery to the last: ${ms(s.allMs - s.firstMs)}**`,
      '',
    );
  }
  if (results.failed?.length)
    L.push(
      '## Parts that failed',
      '',
      ...results.failed.map((f) => `- ${f.replace(/\|/g, '\\|')}`),
      '',
    );
  const m = results.million;
  L.push('## Search at 1,000,000 ideas', '');
  if (!m || m.skipped) {
    L.push(`Skipped (${m?.skipped ?? 'not run'}).`, '');
  } else {
    L.push(
      `Database \`npm run seed:scale -- --ideas 1000000 --communes 166\`: ${m.counts.ideas.toLocaleString('en-US')} ideas in ${m.counts.communes} communes, ${m.counts.here.toLocaleString('en-US')} in commune ${TENANT} (searched). Same answer as the floor: ${m.same ? 'yes' : `no (${m.note})`}.`,
      '',
      '| search "nuoc sach" + totalCount | req/s | p50 | p95 | p99 |',
      '|---|--:|--:|--:|--:|',
      `| API, c=1 | ${f0(m.seq.rps)} | ${ms(m.seq.p50)} | ${ms(m.seq.p95)} | ${ms(m.seq.p99)} |`,
      `| API, c=10 | ${f0(m.api.rps)} | ${ms(m.api.p50)} | ${ms(m.api.p95)} | ${ms(m.api.p99)} |`,
      `| floor, c=1 | ${f0(m.seqFloor.rps)} | ${ms(m.seqFloor.p50)} | ${ms(m.seqFloor.p95)} | ${ms(m.seqFloor.p99)} |`,
      `| floor, c=10 | ${f0(m.floor.rps)} | ${ms(m.floor.p50)} | ${ms(m.floor.p95)} | ${ms(m.floor.p99)} |`,
      '',
      "Goal: p95 < 50 ms. Plans with actual times and buffers of the statements the API ran for one such search (auto_explain with `log_analyze`, after the load) and of the floor's one statement (EXPLAIN (ANALYZE, BUFFERS)):",
      '',
    );
    for (const p of m.plans) {
      L.push(
        `<details><summary>${p.who}: ${p.sql.replace(/\s+/g, ' ').slice(0, 140).replace(/</g, '&lt;')}…</summary>`,
        '',
        '```',
        p.plan,
        '```',
        '',
        '</details>',
        '',
      );
    }
  }
  return L.join('\n');
}

// ── Main ──────────────────────────────────────────────────────────────────────
export async function runApiBench(argv) {
  const o = parseArgs(argv);
  // Thousands of WebSocket clients closing on a loaded machine: a stray rejection must not end
  // the run before the report is written.
  process.on('unhandledRejection', (err) => console.error('[bench api] unhandled:', String(err)));
  const loadBefore = os.loadavg();
  if (!existsSync(path.join(ROOT, 'api/dist/main.js')))
    throw new Error('build the API first: npm run build -w @khoi-nguon/api');
  const { openDatabase, seedScale, defaultDataDir } = await import(
    pathToFileURL(path.join(ROOT, 'scripts/seed-scale.mjs')).href
  );
  const { freePort } = await import(pathToFileURL(path.join(ROOT, 'scripts/platform.mjs')).href);
  const dataDir = o.dataDir ?? defaultDataDir(o);
  if (
    !process.env.DATABASE_URL &&
    !existsSync(path.resolve(ROOT, dataDir, 'postgres', 'PG_VERSION'))
  ) {
    log(`${dataDir} does not exist: seeding ${o.ideas} ideas first`);
    await seedScale({
      ideas: o.ideas,
      communes: o.communes,
      public: 0.5,
      seed: 1,
      dataDir,
      port: await freePort(),
    });
  }
  const results = { reads: [] };
  const db = await openDatabase({ dataDir, port: await freePort() });
  let s;
  try {
    s = await startServers(db.url, dataDir);
    const counts = await withClient(db.url, async (c) => {
      const { FLOOR_SQL } = await import(pathToFileURL(path.join(HERE, 'floor-server.mjs')).href);
      const t = (await c.query('select id from tenant where code = $1', [TENANT])).rows[0].id;
      const row = (
        await c.query(
          `select count(*)::int ideas, count(*) filter (where tenant_id = $1)::int here from idea`,
          [t],
        )
      ).rows[0];
      const pub = JSON.parse((await c.query(FLOOR_SQL.counters, [t])).rows[0].body).data
        .ideaCounters.published;
      const { VISIBLE } = await import(pathToFileURL(path.join(HERE, 'floor-server.mjs')).href);
      const searchMatches = (
        await c.query(
          `select count(*)::int n from idea i where ${VISIBLE} and i.search_vector @@ to_tsquery('simple', 'nuoc:* & sach:*')`,
          [t],
        )
      ).rows[0].n;
      const { VISIBLE_RULE } = await import(
        pathToFileURL(path.join(HERE, 'floor-server.mjs')).href
      );
      // The read model the floor filters on must select exactly the rule's ideas.
      const drift = (
        await c.query(
          `select count(*)::int n from idea i where i.tenant_id = $1
             and i.public_visible is distinct from (${VISIBLE_RULE})`,
          [t],
        )
      ).rows[0].n;
      if (drift) throw new Error(`${drift} ideas whose public_visible disagrees with the rule`);
      return { ...row, public: pub, searchMatches };
    });
    log(`database ${dataDir}: ${counts.ideas} ideas, ${counts.public} public in ${TENANT}`);
    const ideaIds = await withClient(db.url, async (c) => {
      const { VISIBLE } = await import(pathToFileURL(path.join(HERE, 'floor-server.mjs')).href);
      const t = (await c.query('select id from tenant where code = $1', [TENANT])).rows[0].id;
      const { rows } = await c.query(
        `select i.id from idea i where ${VISIBLE} order by random() limit 500`,
        [t],
      );
      return rows.map((r) => r.id);
    });
    const login = await gql(
      s,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: 'vhxh@nhuthanh.example',
        p: 'KhoiNguon@2026',
      },
    );
    const token = login.data?.login?.token;
    if (!token) throw new Error(`hub login: ${JSON.stringify(login)}`);
    const ctx = { token, ideaIds };
    const rssIdle = rssMb(s.api.pid);
    // A part that fails is reported as such; the others still make it into RESULTS.md.
    const part = async (name, fn) => {
      try {
        await fn();
      } catch (err) {
        console.error(`[bench api] ${name} failed:`, err);
        results.failed = [
          ...(results.failed ?? []),
          `${name}: ${String(err?.message || err?.stack || inspect(err)).slice(0, 300)}`,
        ];
      }
    };
    if (o.parts.includes('reads')) await part('reads', () => readBench(s, ctx, o, results));
    if (o.parts.includes('submit'))
      await part('submitIdea', () => submitBench(s, ctx, o, db.url, results));
    if (o.parts.includes('subscriptions') && !o.skipSubscriptions)
      await part('subscriptions', () => subscriptionBench(s, ctx, o, db.url, results));
    await s.stop();
    s = null;
    await db.stop();
    if (o.parts.includes('million'))
      await part('search at 1,000,000', () => searchMillion(o, results));
    else results.million = { skipped: '--parts' };
    const { default: prettier } = await import('prettier');
    const file = path.join(HERE, 'RESULTS.md');
    const md = report(o, results, {
      command: `npm run bench -- ${argv.join(' ')}`.trim(),
      loadBefore,
      dataDir,
      counts,
      rssIdle,
      autocannonVersion: JSON.parse(
        readFileSync(path.join(ROOT, 'node_modules/autocannon/package.json'), 'utf8'),
      ).version,
    });
    const before = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() + '\n\n' : '';
    const options = (await prettier.resolveConfig(file)) ?? {};
    await writeFile(file, await prettier.format(before + md, { ...options, filepath: file }));
    log('appended to tests/bench/RESULTS.md');
  } finally {
    if (s) await s.stop();
    await db.stop().catch(() => {});
  }
}
