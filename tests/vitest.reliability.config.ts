import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { apiSourceResolve, swcPlugin } from './swc.js';

/**
 * Reliability: processes killed and restarted, PostgreSQL stopped under the API, two API
 * instances on one database, graceful shutdown. Files that stop PostgreSQL start their own
 * cluster (tests/reliability/cluster.ts); the rest use the shared template database. They spawn
 * the built API (`api/dist/main.js`), so `npm run build -w @khoi-nguon/api` comes first (as in
 * `npm test`). One file at a time: killing and restarting servers is heavy on two cores.
 */
export default defineProject({
  plugins: [swcPlugin()],
  resolve: apiSourceResolve,
  test: {
    name: 'reliability',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['reliability/**/*.test.ts'],
    globalSetup: ['setup/database.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
