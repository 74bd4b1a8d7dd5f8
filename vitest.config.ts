import { defineConfig } from 'vitest/config';

/**
 * Every suite of the monorepo in one run: unit tests of each package, API integration tests
 * against a real PostgreSQL, and browser end-to-end tests. The summary reporter writes the totals
 * that `npm test` prints last.
 */
export default defineConfig({
  test: {
    projects: [
      'api/vitest.config.ts',
      'schema/vitest.config.ts',
      'admin/vitest.config.ts',
      'public-site/vitest.config.ts',
      'tests/vitest.api.config.ts',
      'tests/vitest.e2e.config.ts',
      'tests/vitest.reliability.config.ts',
    ],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
