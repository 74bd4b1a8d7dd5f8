import { defineProject } from 'vitest/config';
import swc from 'unplugin-swc';

export default defineProject({
  plugins: [
    swc.vite({
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
        },
        keepClassNames: true,
      },
    }),
  ],
  test: {
    name: 'api-unit',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    // Modules with type-graphql decorators need the metadata polyfill that server.ts loads first.
    setupFiles: ['reflect-metadata'],
  },
});
