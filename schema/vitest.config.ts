import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // One copy of graphql, the CJS one Node loads for the API (see tests/swc.ts).
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: { name: 'schema', root: new URL('.', import.meta.url).pathname, include: ['test/**/*.test.ts', 'client/**/*.test.ts'] },
});
