import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Totals over every project of the run, written for scripts/test.mjs to print as the last line.
 * A file that fails to load, or an error outside any test, counts as a failure: nothing broken
 * may hide behind "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') {
          failed++;
          failures.push(
            `${mod.project.name} › ${mod.moduleId.split('/').slice(-2).join('/')} › ${test.fullName}`,
          );
        } else skipped++;
      }
      if (mod.state() === 'failed' && (tests === 0 || mod.errors().length > 0)) {
        failed++;
        failures.push(
          `${mod.project.name} › ${mod.moduleId} (could not run: ${mod.errors()[0]?.message ?? 'error'})`,
        );
      }
    }
    if (unhandledErrors.length) {
      failed += unhandledErrors.length;
      failures.push(`${unhandledErrors.length} unhandled error(s)`);
    }
    const file = process.env.KN_TEST_SUMMARY ?? path.resolve('.test-results/summary.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ passed, failed, skipped, failures }, null, 2));
  }
}
