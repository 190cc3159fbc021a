import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Keeps `import.meta.url` meaning "this source file" inside a bundle. The code finds its
 * assets beside its sources (`new URL('../../schema/pensions.graphql', import.meta.url)`), and
 * in a bundle import.meta.url would be the bundle's own place. Each file's `import.meta.url`
 * becomes the URL of where that source sits, computed from the bundle's URL at run time, so
 * the same reads work from tsx and from dist/ without touching the code that does them.
 * `bundleDir` is the folder the bundle is written to; the tree must keep the sources' layout
 * for assets (schema/, clients/generated/, app/dist/), not the .ts files themselves.
 */
export function sourceRelativeMeta({ bundleDir }: { bundleDir: string }): Plugin {
  return {
    name: 'source-relative-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (path.split(sep).includes('node_modules')) return undefined;
        const source = await readFile(path, 'utf8');
        if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
        const fromBundle = relative(bundleDir, path).split(sep).join('/');
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}
