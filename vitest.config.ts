import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests write their screenshots; '' for a temporary folder. */
    screenshotsDir: string;
    /** Where each test system leaves its processes' last /metrics scrape (test/afterSuite). */
    scrapesDir: string;
  }
}

// One folder per run for the scrapes startSystem takes when a system closes; made by the first
// scrape, removed by test/afterSuite once it has read them. The config is evaluated once per
// project, so the first evaluation's choice is kept in this (the main) process's environment.
// A run without test/afterSuite (one file, a folder) leaves its folder behind: runs remove the
// ones older than a day, never a concurrent run's.
for (const old of readdirSync(tmpdir()).filter((name) => name.startsWith('dost-scrapes-'))) {
  const path = join(tmpdir(), old);
  // Another run may remove it first.
  const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
  if (Date.now() - made > 86_400_000) rmSync(path, { recursive: true, force: true });
}
// eslint-disable-next-line no-restricted-properties
const scrapesDir = (process.env['DOST_TEST_SCRAPES_DIR'] ??= join(
  tmpdir(),
  `dost-scrapes-${process.pid}-${Date.now()}`,
));

// `vitest --mode screenshots` (npm run screenshots) keeps the browser tests' screenshots.
export default defineConfig(({ mode }) => ({
  resolve: {
    // Node loads graphql's CommonJS build (its `main`); Vite would pick the ESM `module`
    // build for our files while CommonJS dependencies (Apollo) load the other: two graphql
    // realms. Pin the one Node uses so tests run the code as production does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    reporters: ['default', './test/summaryReporter.ts'],
    // Integration tests start real servers and databases; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    provide: { screenshotsDir: mode === 'screenshots' ? 'docs/screenshots' : '', scrapesDir },
    // Two groups: every test file, in parallel as ever; then test/afterSuite, which reads the
    // metrics every system of the first group left behind (the issue's "after a run of the
    // integration suite, a test scrapes /metrics on every process").
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/afterSuite/**', 'node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'after-suite',
          include: ['test/afterSuite/**/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
