// Speed benchmark of the public site, run by `npm run bench` (not part of `npm test`).
//
// Starts the platform the way the browser tests do (embedded PostgreSQL, the demo commune, the
// built API, public site and admin), then measures against the built site:
//   1. the JavaScript the home page (and the other main pages) load, raw, gzip and brotli;
//   2. that the submit and track pages work with JavaScript turned off (a real idea, end to end);
//   3. server response times: median and p95 of N requests per page, and ratios to the home page;
//   4. Lighthouse mobile performance and accessibility scores of five pages.
// It appends to tests/bench/RESULTS.md. Nothing is built when the builds exist. Then, unless
// `--only site`, the API benchmark (tests/bench/api.mjs; `--only api` runs it alone, with
// `--ideas N`, `--duration s`, `--connections 10,50`, `--subscribers n`, `--skip-million`).
//
//   BENCH_N=100 npm run bench       more requests per page (default 60)
//   CHROMIUM_PATH=/path/to/chrome   another browser (default /usr/bin/chromium)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const N = Number(process.env.BENCH_N || 60);
const WARMUP = 5;
const BUDGET_GZ = 50 * 1024;

const log = (...a) => console.log('[bench]', ...a);

// `--only api`: the API benchmark alone (tests/bench/api.mjs); `--only site`: this one alone;
// without --only, both (the API part seeds its database first when needed).
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
if (only === 'api') {
  const { runApiBench } = await import('./api.mjs');
  await runApiBench(argv);
  process.exit(0);
}

// ── 0. Builds ────────────────────────────────────────────────────────────────
const BUILDS = ['api/dist/main.js', 'public-site/build/handler.js', 'admin/build/handler.js'];
if (BUILDS.some((f) => !existsSync(path.join(ROOT, f)))) {
  log('builds missing: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  log('using the existing builds (api/dist, public-site/build, admin/build)');
}
if (!existsSync(CHROME)) {
  console.error(
    `Chromium not found at ${CHROME}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const { startEmbeddedPostgres, ensureDatabase } = await import(
  pathToFileURL(path.join(ROOT, 'api/dist/testing.js')).href
);
const { freePort, startPlatform } = await import(
  pathToFileURL(path.join(ROOT, 'scripts/platform.mjs')).href
);
const { chromium } = await import('playwright-core');

// ── 1. Platform, as the browser tests start it ───────────────────────────────
const tmp = await mkdtemp(path.join(os.tmpdir(), 'kn-bench-'));
await chmod(tmp, 0o755);
const loadBefore = os.loadavg();
log('starting PostgreSQL, the API with the demo commune, the public site and the admin…');
const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
await ensureDatabase(db.adminUrl, 'kn_bench');
const dbUrl = new URL(db.adminUrl);
dbUrl.pathname = '/kn_bench';
const platform = await startPlatform({
  databaseUrl: dbUrl.toString(),
  demo: true,
  apiPort: await freePort(),
  publicPort: await freePort(),
  adminPort: await freePort(),
  env: {
    NODE_ENV: 'production',
    KN_SECRET: randomBytes(32).toString('hex'),
    KN_STORAGE_DIR: path.join(tmp, 'files'),
  },
  onExit: (name, code) => console.error(`[bench] ${name} exited with ${code}`),
});
const SITE = platform.publicUrl;
log(`public site at ${SITE}`);

async function gql(query, variables = {}) {
  const res = await fetch(platform.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': '16228' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const results = { pages: {}, js: {}, nojs: null, timings: [], lighthouse: [] };
let exitCode = 0;
const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

try {
  const { ideas, currentCampaign, posts } = await gql(`{
    ideas(first: 1, where: { honoured: true }, orderBy: { field: HONOURED_AT, direction: DESC }) {
      nodes { id }
    }
    currentCampaign { code }
    posts(kind: NEWS, first: 20) { nodes { slug coverImage { id } } }
  }`);
  const idea = ideas.nodes[0];
  // An article with a cover image (its largest paint).
  const article = posts.nodes.find((p) => p.coverImage) ?? posts.nodes[0];
  const PAGES = {
    home: '/',
    gallery: '/y-tuong',
    'gallery search': '/y-tuong?q=nuoc+sach',
    'idea page': `/y-tuong/${idea.id}`,
    honoured: '/vinh-danh',
    'news list': '/tin-tuc',
    article: `/tin-tuc/${article.slug}`,
    campaign: `/phong-trao/${currentCampaign.code}`,
    transparency: '/minh-bach',
    submit: '/gui-y-tuong',
    track: '/tra-cuu',
    'RSS feed': '/vinh-danh/rss.xml',
    'news RSS feed': '/tin-tuc/rss.xml',
    sitemap: '/sitemap.xml',
  };
  results.pages = PAGES;

  // ── 2. JavaScript each page loads ────────────────────────────────────────────
  const clientDir = path.join(ROOT, 'public-site/build/client');
  const sizeOf = (file) => (existsSync(file) ? statSync(file).size : null);
  for (const name of [
    'home',
    'gallery',
    'idea page',
    'news list',
    'article',
    'submit',
    'track',
    'transparency',
  ]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts = new Set();
    page.on('response', (res) => {
      const u = new URL(res.url());
      if (res.request().resourceType() === 'script' && u.origin === new URL(SITE).origin)
        scripts.add(u.pathname);
    });
    await page.goto(SITE + PAGES[name], { waitUntil: 'networkidle' });
    await context.close();
    let raw = 0;
    let gz = 0;
    let br = 0;
    const files = [];
    for (const p of scripts) {
      const file = path.join(clientDir, decodeURIComponent(p));
      const buf = readFileSync(file);
      // What the server sends: the adapter's precompressed files (or the same compression).
      const g = sizeOf(`${file}.gz`) ?? gzipSync(buf, { level: 9 }).length;
      const b =
        sizeOf(`${file}.br`) ??
        brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
      raw += buf.length;
      gz += g;
      br += b;
      files.push({ path: p, raw: buf.length, gz: g, br: b });
    }
    results.js[name] = { count: files.length, raw, gz, br, files };
    log(`${name}: ${files.length} scripts, ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
  }

  // ── 3. Submit and track with JavaScript off ──────────────────────────────────
  {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    const email = `bench.${Date.now()}@example.com`;
    const title = `Ý tưởng gửi không cần JavaScript ${new Date().toISOString()}`;
    const t0 = performance.now();
    await page.goto(`${SITE}/gui-y-tuong`);
    await page.getByLabel('Tên ý tưởng').fill(title);
    await page
      .getByLabel('Vấn đề, thực trạng cần giải quyết')
      .fill('Điện thoại đời cũ của người dân không chạy được các ứng dụng nặng.');
    await page
      .getByLabel('Nội dung giải pháp')
      .fill('Các trang của xã hoạt động cả khi tắt JavaScript.');
    await page.getByLabel('Hiệu quả dự kiến').fill('Ai cũng gửi và tra cứu được ý tưởng.');
    await page.getByLabel('Chuyển đổi số').check();
    await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Văn Đo Tốc');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Tôi cam đoan ý tưởng do tôi/chúng tôi tự đề xuất').check();
    await page.getByLabel(/Tôi đồng ý để UBND xã xử lý/).check();
    await page.getByRole('button', { name: 'Gửi ý tưởng' }).click();
    const code = (await page.getByTestId('tracking-code').textContent({ timeout: 30_000 })).trim();
    const submitted = performance.now() - t0;
    const t1 = performance.now();
    await page.goto(`${SITE}/tra-cuu`);
    await page.getByLabel('Mã tra cứu').fill(code);
    await page.getByLabel('Email hoặc số điện thoại').fill(email);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const status = (
      await page.getByTestId('tracking-status').textContent({ timeout: 30_000 })
    ).trim();
    const shownTitle = (await page.locator('main').textContent()).includes(title);
    const tracked = performance.now() - t1;
    const scriptsRan = await page
      .evaluate(() => 1)
      .then(
        () => true,
        () => false,
      );
    await context.close();
    results.nojs = { code, status, shownTitle, submitted, tracked, scriptsRan };
    const ok = /^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code) && status === 'Đã tiếp nhận' && shownTitle;
    results.nojs.ok = ok;
    if (!ok) exitCode = 1;
    log(`no-JS: submitted ${code} in ${ms(submitted)}, tracked "${status}" in ${ms(tracked)}`);
  }

  // ── 4. Server response times ─────────────────────────────────────────────────
  const timed = async (url, headers = {}) => {
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    return { time: performance.now() - t, status: res.status, etag: res.headers.get('etag') };
  };
  // Round-robin: every round requests each address once, so noise from other work on this shared
  // machine falls on all pages alike and the ratios between them hold.
  const homeTag = (await timed(`${SITE}/`)).etag;
  const articleTag = (await timed(SITE + PAGES.article)).etag;
  const galleryTag = (await timed(SITE + PAGES.gallery)).etag;
  const targets = [
    ...Object.entries(PAGES).map(([label, p]) => ({ label, url: SITE + p, headers: {} })),
    { label: 'home, revalidated (304)', url: `${SITE}/`, headers: { 'if-none-match': homeTag } },
    {
      label: 'article, revalidated (304)',
      url: SITE + PAGES.article,
      headers: { 'if-none-match': articleTag },
    },
    {
      label: 'gallery, revalidated (304)',
      url: SITE + PAGES.gallery,
      headers: { 'if-none-match': galleryTag },
    },
  ];
  const samples = new Map(targets.map((t) => [t.label, { times: [], status: 0 }]));
  for (let round = 0; round < WARMUP + N; round++) {
    for (const t of targets) {
      const r = await timed(t.url, t.headers);
      const s = samples.get(t.label);
      s.status = r.status;
      if (round >= WARMUP) s.times.push(r.time);
    }
  }
  for (const t of targets) {
    const { times, status } = samples.get(t.label);
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
    const row = {
      label: t.label,
      path: t.url.slice(SITE.length),
      status,
      median: q(0.5),
      p95: q(0.95),
    };
    results.timings.push(row);
    log(`${t.label}: median ${ms(row.median)}, p95 ${ms(row.p95)} (HTTP ${status})`);
  }

  // ── 5. Lighthouse (mobile) ───────────────────────────────────────────────────
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const lhChrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const name of ['home', 'gallery', 'idea page', 'article', 'submit']) {
      const r = await lighthouse(SITE + PAGES[name], {
        port: lhChrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = r.lhr;
      const a = (id) => lhr.audits[id]?.numericValue ?? null;
      const row = {
        name,
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        fcp: a('first-contentful-paint'),
        lcp: a('largest-contentful-paint'),
        tbt: a('total-blocking-time'),
        cls: a('cumulative-layout-shift'),
        si: a('speed-index'),
        failing: Object.values(lhr.audits)
          .filter(
            (x) =>
              x.score !== null &&
              x.score < 1 &&
              lhr.categories.accessibility.auditRefs.some(
                (ref) => ref.id === x.id && ref.weight > 0,
              ),
          )
          .map((x) => x.id),
        lighthouseVersion: lhr.lighthouseVersion,
      };
      results.lighthouse.push(row);
      log(
        `Lighthouse ${name}: performance ${row.performance}, accessibility ${row.accessibility} (LCP ${ms(row.lcp)}, TBT ${ms(row.tbt)})`,
      );
    }
  } finally {
    await lhChrome.kill();
  }
} catch (err) {
  console.error('[bench] failed:', err);
  exitCode = 1;
} finally {
  await browser.close();
  await platform.stop();
  await db.stop();
  await rm(tmp, { recursive: true, force: true });
}

// ── 6. RESULTS.md ──────────────────────────────────────────────────────────────
if (results.timings.length) {
  // Formatted like every other file of the repository, so lint stays clean after a run.
  const prettier = await import('prettier');
  const file = path.join(HERE, 'RESULTS.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  // Every earlier run is kept: the new one is appended.
  const before = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() + '\n\n' : '';
  await writeFile(
    file,
    await prettier.format(before + report(results), { ...options, filepath: file }),
  );
  log('appended to tests/bench/RESULTS.md');
}
if (only !== 'site') {
  try {
    const { runApiBench } = await import('./api.mjs');
    await runApiBench(argv);
  } catch (err) {
    console.error('[bench api] failed:', err);
    exitCode = 1;
  }
}
process.exit(exitCode);

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
function ms(v) {
  return v == null ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
}

function report(r) {
  const cpus = os.cpus();
  let chromiumVersion;
  try {
    chromiumVersion = execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromiumVersion = CHROME;
  }
  const now = new Date();
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const home = r.timings.find((t) => t.label === 'home');
  const js = r.js.home;
  const lines = [];
  lines.push('# Public site benchmark', '');
  lines.push(
    `Run by \`npm run bench\` (tests/bench/run.mjs) on ${dd}/${mm}/${now.getFullYear()} (${now.toISOString()}).`,
    '',
  );
  lines.push('## Machine', '');
  lines.push(`- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores`);
  lines.push(`- RAM: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`);
  lines.push(`- OS: ${os.type()} ${os.release()} (${os.arch()})`);
  lines.push(`- Node.js ${process.version}; ${chromiumVersion}`);
  lines.push(
    `- Load average before the run: ${loadBefore.map((l) => l.toFixed(2)).join(', ')} (the machine is shared with other developers, so absolute times vary between runs; ratios measured in one run are steadier)`,
  );
  lines.push(
    '- Platform as the browser tests start it: embedded PostgreSQL 18, the demo commune (Như Thanh, 25 ideas), the built API, public site and admin, all on this machine; `NODE_ENV=production`.',
    '',
  );

  lines.push('## 1. JavaScript the pages load', '');
  lines.push(
    'Every script the page requests when opened in Chromium (390 × 844), read from the build; gzip and brotli are the precompressed files the server sends (adapter-node `precompress`). Budget for the home page: ≤ 50 KB gzip.',
    '',
  );
  lines.push('| page | scripts | raw | gzip | brotli |', '|---|---:|---:|---:|---:|');
  for (const [name, v] of Object.entries(r.js))
    lines.push(`| ${name} | ${v.count} | ${kb(v.raw)} | ${kb(v.gz)} | ${kb(v.br)} |`);
  lines.push('');
  if (js) {
    lines.push(
      js.gz <= BUDGET_GZ
        ? `**Home page: ${kb(js.gz)} gzip (${kb(js.br)} brotli) — within the 50 KB budget.**`
        : `**Home page: ${kb(js.gz)} gzip — OVER the 50 KB budget.**`,
      '',
    );
    lines.push(
      "Why so little: read-only pages (home, the two galleries, an idea, the news list, articles and static pages, the campaign, transparency, the receipt pages) ship no client app. They render completely on the server (`export const csr = false`), so a cheap phone downloads, parses and runs no framework; links are ordinary page loads, cheap thanks to the HTTP cache. The home page loads one small script of its own for the live counters (a fetch of `/so-lieu.json` every 30 s while visible, with a pause button). The submit, tracking and co-author pages keep SvelteKit's client app (Svelte 5 runtime, router, form enhancement, the message catalogs of both languages) for progressive enhancement — errors shown without a reload, the tracking page updated live over server-sent events — and work without it too (section 2).",
      '',
    );
  }

  lines.push('## 2. Submit and track with JavaScript turned off', '');
  if (r.nojs) {
    lines.push(
      `Chromium with JavaScript disabled filled the submit form, got the receipt and tracked the idea with its code and e-mail: ${r.nojs.ok ? '**works**' : '**FAILED**'}.`,
      '',
    );
    lines.push(
      `- Receipt: tracking code \`${r.nojs.code}\`, submit (page load, typing, post, receipt) in ${ms(r.nojs.submitted)}`,
    );
    lines.push(
      `- Tracking page: status "${r.nojs.status}", idea title shown: ${r.nojs.shownTitle ? 'yes' : 'no'}, in ${ms(r.nojs.tracked)}`,
      '',
    );
  } else lines.push('Not measured (the run stopped earlier).', '');

  lines.push('## 3. Server response times', '');
  lines.push(
    `${N} requests per address, one at a time, in ${N} rounds that each visit every address once (after ${WARMUP} warm-up rounds), from Node's fetch on the same machine: time until the whole body arrived, no browser, no CDN in front. The ratio compares each median with the home page median of the same run.`,
    '',
  );
  lines.push('| page | address | median | p95 | × home |', '|---|---|---:|---:|---:|');
  for (const t of r.timings)
    lines.push(
      `| ${t.label} | \`${t.path || '/'}\` | ${ms(t.median)} | ${ms(t.p95)} | ${home ? (t.median / home.median).toFixed(2) : '—'} |`,
    );
  lines.push('');
  lines.push(
    "Reading it: a page costs its API queries plus rendering. The home page runs two GraphQL requests one after the other: the content version with its campaign and counters (for the ETag, see below), then banners, the editors' featured items, the latest news and the honoured and latest ideas; the gallery two (filters and a page of ideas with a count); the transparency dashboard one request of six SQL aggregates plus the largest HTML; the news list and an article the content version, then one request each (posts with covers and tags, or one post with its rendered HTML); every page lists the static pages in its footer (one small request, reused while the content version stays the same or for 30 s); the sitemap pages through every public idea and post; the tracking form without a tracking cookie asks the API nothing. Revalidations differ by page: the home page, the news list, articles, static pages and the news feeds know their ETag before rendering — the API's `contentVersion` (a fingerprint of published posts, banners, featured items, public ideas, media, tags and catalogue names; the home page adds its counters and campaign) with the build, address and language — so a matching `If-None-Match` is answered 304 after that one small request, without rendering. The other pages (galleries, idea pages, the dashboard, receipts) show things the content version does not cover, so their validator stays the hash of the rendered page: they render, then send a 304 with no body. Either way the saving for the visitor and the CDN is the body, which is what a cheap phone on a slow network pays for.",
    '',
  );

  lines.push('## 4. Lighthouse (mobile)', '');
  if (r.lighthouse.length) {
    lines.push(
      `Lighthouse ${r.lighthouse[0].lighthouseVersion} with its default mobile settings (Moto G Power emulation, simulated slow 4G and 4× CPU slowdown), Chromium headless (\`--headless --no-sandbox --disable-gpu\`), performance and accessibility only.`,
      '',
    );
    lines.push(
      '| page | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const l of r.lighthouse)
      lines.push(
        `| ${l.name} | ${l.performance} | ${l.accessibility} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${l.cls?.toFixed(3)} | ${ms(l.si)} |`,
      );
    lines.push('');
    const failing = [...new Set(r.lighthouse.flatMap((l) => l.failing))];
    lines.push(
      failing.length
        ? `Accessibility audits not fully passed on at least one page: ${failing.map((f) => `\`${f}\``).join(', ')}.`
        : 'Every weighted accessibility audit passed on the five pages.',
      '',
    );
    lines.push(
      "Performance is the weighted Lighthouse score of FCP (first contentful paint), LCP (largest contentful paint), TBT (total blocking time), CLS (layout shift) and Speed Index under the simulated phone and network; the browser tests' axe check (tests/e2e/a11y.test.ts) covers every public page in both languages, Lighthouse's accessibility score samples five.",
      '',
    );
  } else lines.push('Not measured (the run stopped earlier).', '');
  return lines.join('\n');
}
