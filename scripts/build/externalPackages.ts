import type { Plugin } from 'esbuild';

/**
 * Leaves every npm package to node_modules at run time (native modules like better-sqlite3,
 * and packages that require files dynamically, cannot be bundled), but bundles the
 * repository's own @dost/* workspaces: they export TypeScript, which plain node cannot load.
 */
export function externalPackages(): Plugin {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
        path.startsWith('@dost/') ? undefined : { path, external: true },
      );
    },
  };
}
