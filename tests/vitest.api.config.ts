import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { graphqlAlias, swcPlugin } from './swc.js';

export default defineProject({
  plugins: [swcPlugin()],
  resolve: {
    alias: [
      graphqlAlias,
      {
        find: '@khoi-nguon/api/testing',
        replacement: fileURLToPath(new URL('../api/src/testing.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'api-integration',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['api/**/*.test.ts'],
    globalSetup: ['setup/database.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
