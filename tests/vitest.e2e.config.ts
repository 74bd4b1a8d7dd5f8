import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { apiSourceResolve, swcPlugin } from './swc.js';

export default defineProject({
  plugins: [swcPlugin()],
  resolve: apiSourceResolve,
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['setup/e2e.ts'],
    testTimeout: 90_000,
    // Pages update over the network; on a busy two-core machine that can take a while.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 240_000,
    pool: 'forks',
    // One browser at a time: these machines have two cores.
    fileParallelism: false,
  },
});
