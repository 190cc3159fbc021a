// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages stand alone: they never import the application that uses them. */
const NOT_THE_APPLICATION = {
  group: ['**/gateway/**', '**/subgraphs/**', '**/seed/**', '**/scripts/**'],
  message: 'A package never imports the application.',
};

export default tseslint.config(
  // clients/generated/ is graphql-codegen's output (npm run codegen), checked by a staleness test.
  {
    ignores: [
      'node_modules/',
      'data/',
      'coverage/',
      'bench/results/',
      'clients/generated/',
      'app/dist/',
      'app/.dist-*/',
      // npm run build's output.
      'dist/',
      '.dist-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `== null` is the one idiom that means "null or undefined".
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      // Only @dost/platform/env.ts reads the environment; everything else receives config.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through @dost/platform/env.ts.',
        },
      ],
    },
  },
  {
    files: ['gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/subgraphs/**', '@dost/subgraph-kit', '@dost/subgraph-kit/**'],
              message: 'The gateway never imports subgraph code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The registries are built on the kit as an agency's subgraph would be.
    files: ['subgraphs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/gateway/**'], message: 'Subgraphs never import gateway code.' },
            {
              group: ['**/packages/**', '@dost/subgraph-kit/**'],
              message: "Import the kit's public API: from '@dost/subgraph-kit'.",
            },
            { group: ['**/seed/**'], message: 'Runtime code never imports the seed.' },
          ],
        },
      ],
    },
  },
  {
    // An agency's subgraph lives outside the core: the kit's public API is all it may use.
    files: ['agencies/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/gateway/**',
                '**/subgraphs/**',
                '**/packages/**',
                '**/seed/**',
                '**/scripts/**',
                '**/test/**',
                '@dost/*',
                '!@dost/subgraph-kit',
                '@dost/subgraph-kit/**',
              ],
              message: "An agency imports nothing from this repository but '@dost/subgraph-kit'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/audit-store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_THE_APPLICATION] }] },
  },
  {
    files: ['packages/subgraph-kit/**/*.ts', 'packages/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_APPLICATION,
            {
              group: ['@dost/audit-store', '@dost/audit-store/**'],
              message: "The audit store is the gateway's; agencies never depend on it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Agencies install it from its tarball alone, so it needs nothing else of DOST's.
    files: ['packages/schema-tools/**/*.ts', 'packages/schema-tools/**/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_APPLICATION,
            {
              group: ['@dost/*', '@dost/*/**'],
              message: '@dost/schema-tools stands alone: an agency installs it without the rest.',
            },
          ],
        },
      ],
    },
  },
  {
    // Agencies install it beside @dost/platform alone, to test their subgraph in their own CI.
    files: ['packages/conformance/**/*.ts', 'packages/conformance/**/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_APPLICATION,
            {
              group: [
                '@dost/audit-store',
                '@dost/audit-store/**',
                '@dost/subgraph-kit',
                '@dost/schema-*',
              ],
              message: '@dost/conformance needs only the platform: it speaks HTTP to the subgraph.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/schema-registry/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_APPLICATION,
            {
              group: ['@dost/audit-store', '@dost/audit-store/**', '@dost/subgraph-kit'],
              message: 'The schema registry depends on the platform and the schema tools only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['registry/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gateway/**'],
              message: 'The registry service never imports the gateway.',
            },
            { group: ['**/subgraphs/**', '**/seed/**'], message: 'Nor subgraph or seed code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/platform/src/env.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Entry points and CLIs talk to the operator on the terminal.
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'packages/*/src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
