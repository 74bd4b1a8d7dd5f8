import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import swc from 'unplugin-swc';

/** esbuild emits no decorator metadata; type-graphql and MikroORM need it, so tests compile with swc. */
export const swcPlugin = () =>
  swc.vite({
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });

/**
 * graphql 16 ships ESM (`module`) and CJS (`main`) without an exports map: Node loads the CJS file
 * for type-graphql and Apollo, Vite would pick the ESM one for our sources, and two copies of
 * graphql refuse each other's schemas. Pinning the CJS entry keeps one copy, as in production.
 */
export const graphqlAlias = {
  find: /^graphql$/,
  replacement: createRequire(import.meta.url).resolve('graphql'),
};

/**
 * What the test projects that run the API's own sources share: `@khoi-nguon/api/testing` from
 * source (no build needed) and one copy of graphql.
 */
export const apiSourceResolve = {
  alias: [
    graphqlAlias,
    {
      find: '@khoi-nguon/api/testing',
      replacement: fileURLToPath(new URL('../api/src/testing.ts', import.meta.url)),
    },
  ],
};
