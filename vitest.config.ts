import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests write their screenshots; '' for a temporary folder. */
    screenshotsDir: string;
  }
}

// `vitest --mode screenshots` (npm run screenshots) keeps the browser tests' screenshots.
export default defineConfig(({ mode }) => ({
  resolve: {
    // Node loads graphql's CommonJS build (its `main`); Vite would pick the ESM `module`
    // build for our files while CommonJS dependencies (Apollo) load the other: two graphql
    // realms. Pin the one Node uses so tests run the code as production does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summaryReporter.ts'],
    // Integration tests start real servers and databases; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    provide: { screenshotsDir: mode === 'screenshots' ? 'docs/screenshots' : '' },
  },
}));
