import { defineProject } from 'vitest/config';

export default defineProject({
  // Server modules import the app's own code as SvelteKit does ($lib); $env is mocked per test.
  resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
  test: {
    name: 'public-site',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
  },
});
