// One ESLint configuration for the monorepo; every package lints with --max-warnings 0.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/lib/gql/**',
      '.data/**',
      '.turbo/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // The API's layering (ARCHITECTURE.md, habits 2 and 12); import cycles are caught by
  // api/src/import-graph.test.ts.
  {
    files: ['api/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mikro-orm/*'],
              message: 'Resolvers stay thin: data access belongs in the feature\'s service.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../common/*'],
              message: 'common/ sits below the features: it imports no feature (nor context.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Internal links are plain paths on purpose: the apps have no base path.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
);
