// `node tests/bench/search.mjs --url <postgres URL> [--runs 9]`: the idea search with and without
// village/unit names (issue #15), on a database made by `npm run seed:scale` (e.g. 200,000 ideas:
// `npm run seed:scale -- --ideas 200000 --data-dir /tmp/scale200k --port 54341`, then the URL
// postgres://postgres:postgres@127.0.0.1:54341/khoinguon). Both are the API's own SQL (built
// api/dist): the ideas' words alone (before) and `ideaSearchSql` (words or the unit's names), run
// as a count over the public ideas of the demo commune, the median of --runs after a warm-up,
// with EXPLAIN of the new one for a term that names villages. Figures go to RESULTS-search.md.
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';
import { ideaSearch, ideaSearchSql } from '../../api/dist/idea/idea-search.js';

const argv = process.argv.slice(2);
const arg = (name, fallback) =>
  argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback;
const url = arg('url', process.env.DATABASE_URL);
const runs = Number(arg('runs', '9'));
if (!url) {
  console.error('Cần --url <chuỗi kết nối PostgreSQL> của một cơ sở dữ liệu seed:scale.');
  process.exit(2);
}
const TERMS = ['nuoc sach', 'dong lac', 'dong lac nuoc', 'ca'];

const client = new pg.Client({ connectionString: url });
await client.connect();
const [{ id: tenant }] = (await client.query(`select id from tenant where code = '16228'`)).rows;
const [{ n: ideas }] = (await client.query(`select count(*)::int as n from idea`)).rows;

function statement(term, withUnits) {
  const search = ideaSearch(term);
  const values = [tenant];
  const param = (v) => {
    values.push(v);
    return `$${values.length}`;
  };
  const cond = withUnits
    ? ideaSearchSql('i', search, tenant, param)
    : `i.search_vector @@ to_tsquery('simple', ${param(search.all)})`;
  return {
    text: `select count(*)::int as n from idea i where i.tenant_id = $1 and i.public_visible and ${cond}`,
    values,
  };
}

async function median(q) {
  await client.query(q); // warm-up
  const times = [];
  let n = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    n = (await client.query(q)).rows[0].n;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { n, ms: times[Math.floor(times.length / 2)] };
}

const rows = [];
for (const term of TERMS) {
  const before = await median(statement(term, false));
  const after = await median(statement(term, true));
  rows.push({ term, before, after });
  console.log(
    `${term.padEnd(14)} ${before.n} → ${after.n} ideas, ${before.ms.toFixed(1)} → ${after.ms.toFixed(1)} ms`,
  );
}
const plan = (
  await client.query({
    ...statement('dong lac', true),
    text: `explain (analyze, costs off) ${statement('dong lac', true).text}`,
  })
).rows.map((r) => r['QUERY PLAN']);
await client.end();

const cpus = os.cpus();
const now = new Date();
const day = now.toISOString().slice(0, 10).split('-').reverse().join('/');
const lines = [
  '# Idea search with village and unit names',
  '',
  `Run by \`node tests/bench/search.mjs\` on ${day} (${now.toISOString()}).`,
  '',
  `- Machine: ${cpus[0]?.model.trim() ?? 'CPU'}, ${cpus.length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}; Node.js ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (shared machine: compare the two columns of one run, not runs).`,
  `- Database: \`npm run seed:scale\`, ${ideas.toLocaleString('en-US')} ideas; the public ideas of commune 16228 are counted.`,
  `- Before: the ideas' own words (\`search_vector\`); after: the API's \`ideaSearchSql\` (the words, or the idea's village/unit names with former names and merged-into units). Median of ${runs} runs after a warm-up.`,
  '',
  '| search | ideas before | ideas after | before (ms) | after (ms) | after / before |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| "${r.term}" | ${r.before.n.toLocaleString('en-US')} | ${r.after.n.toLocaleString('en-US')} | ${r.before.ms.toFixed(1)} | ${r.after.ms.toFixed(1)} | ${(r.after.ms / r.before.ms).toFixed(2)} |`,
  ),
  '',
  'Plan of "dong lac" with the unit names:',
  '',
  '```',
  ...plan,
  '```',
  '',
];
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS-search.md');
writeFileSync(out, lines.join('\n'));
console.log(`Đã ghi ${out}`);
