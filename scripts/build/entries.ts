/**
 * The processes production runs, each bundled to one file in dist/. They all sit one folder
 * below the root, so a source's place relative to its bundle is always `../<its path>`.
 */
export const BUILD_ENTRIES = {
  start: 'scripts/start.ts',
  gateway: 'gateway/index.ts',
  subgraph: 'subgraphs/index.ts',
  registry: 'registry/index.ts',
  // `npm start` seeds in a child of its own, so the launcher never holds the generator's memory.
  seed: 'scripts/seed.ts',
} as const;

/**
 * Worker threads a process starts from a file of their own: bundled beside the processes, so
 * `new Worker(...)` finds dist/<name>.js (code reads BUNDLED_FLAG to know it runs from dist/).
 */
export const WORKER_ENTRIES = {
  auditAppendWorker: 'packages/audit-store/src/auditAppendWorker.ts',
} as const;

/** The global esbuild defines as `true` in every bundle; undefined under tsx. */
export const BUNDLED_FLAG = '__DOST_BUNDLED__';

/** A process's name: dist/<name>.js is its bundle. */
export type BuildEntry = keyof typeof BUILD_ENTRIES;

/** The folder the bundles go to, relative to the root. */
export const DIST_DIR = 'dist';
