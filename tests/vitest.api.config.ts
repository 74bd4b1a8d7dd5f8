import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { apiSourceResolve, swcPlugin } from './swc.js';

export default defineProject({
  plugins: [swcPlugin()],
  resolve: apiSourceResolve,
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
