// `npm test`: every check of the monorepo, then one summary line.
//   1. build every package (the schema package's build fails if schema.graphql or the apps'
//      typed operations are stale);
//   2. type checks, svelte-check, ESLint and Prettier in every package;
//   3. every Vitest suite: unit tests, API integration tests on a real PostgreSQL, and browser
//      tests in Chromium against the built apps.
// The last line is "N passed, N failed, N skipped", summed over all of it (steps 1 and 2 count
// as one test each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './platform.mjs';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
const extra = process.argv.slice(2);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(title, command, args) {
  console.log(`\n\x1b[1m▸ ${title}\x1b[0m`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const ok = r.status === 0;
  console.log(`  ${ok ? '✓' : '✗'} ${title} (${Math.round((Date.now() - started) / 1000)} s)`);
  return ok;
}

const staticSteps = [
  [
    'Biên dịch / build (kể cả kiểm tra schema.graphql và kiểu truy vấn đã sinh)',
    bin('turbo'),
    ['run', 'build', '--output-logs=errors-only'],
  ],
  [
    'Kiểm tra kiểu, svelte-check, ESLint, Prettier / checks and lint',
    bin('turbo'),
    ['run', 'check', 'lint', '--output-logs=errors-only'],
  ],
];
if (!extra.length) {
  for (const [title, command, args] of staticSteps) {
    if (step(title, command, args)) passed++;
    else {
      failed++;
      failures.push(title);
    }
  }
}

const summaryFile = path.join(ROOT, '.test-results/summary.json');
mkdirSync(path.dirname(summaryFile), { recursive: true });
rmSync(summaryFile, { force: true });
env.KN_TEST_SUMMARY = summaryFile;
const vitestOk = step(
  'Kiểm thử / tests (Vitest: unit, API + PostgreSQL, Chromium)',
  bin('vitest'),
  ['run', ...extra],
);
try {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  skipped += s.skipped;
  failures.push(...s.failures);
  // Vitest can fail before any test runs (a global setup that throws, no test files): that is a
  // failure even though no test reported one.
  if (!vitestOk && s.failed === 0) {
    failed++;
    failures.push('Vitest exited with an error outside any test (see above)');
  }
} catch {
  failed++;
  failures.push('Vitest did not finish (no summary was written)');
}

if (failures.length) {
  console.log('\nThất bại / failures:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
const last = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync(path.join(ROOT, '.test-results/last-line.txt'), `${last}\n`);
console.log(`\n${last}`);
process.exit(failed ? 1 : 0);
