import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file the playground serves, under a fixed public name. */
export interface PlaygroundAsset {
  name: string;
  contentType: string;
  body: Buffer;
  /** Short content hash: the ETag and the cache-busting `?v=` of the page's URLs. */
  version: string;
}

interface AssetSource {
  contentType: string;
  /** Absolute path of the file; resolved on first use so that importing does no I/O. */
  locate: () => string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * The allow-list of everything served under the assets path. Requests are looked up here by
 * exact name, so no part of a URL ever reaches the file system.
 */
const SOURCES: ReadonlyMap<string, AssetSource> = new Map([
  [
    'react.production.min.js',
    { contentType: JS, locate: packageFile('react', 'umd/react.production.min.js') },
  ],
  [
    'react-dom.production.min.js',
    { contentType: JS, locate: packageFile('react-dom', 'umd/react-dom.production.min.js') },
  ],
  ['graphiql.min.js', { contentType: JS, locate: packageFile('graphiql', 'graphiql.min.js') }],
  ['graphiql.min.css', { contentType: CSS, locate: packageFile('graphiql', 'graphiql.min.css') }],
  ['playground.css', { contentType: CSS, locate: ownFile('assets/playground.css') }],
  ['boot.js', { contentType: JS, locate: ownFile('assets/boot.js') }],
]);

/** Asset names in the order the page loads them: styles, then React before GraphiQL before boot. */
export const STYLESHEETS = ['graphiql.min.css', 'playground.css'] as const;
export const SCRIPTS = [
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphiql.min.js',
  'boot.js',
] as const;

export interface AssetStore {
  /** The asset with this exact name, read once and then kept in memory; undefined if unknown. */
  get(name: string): Promise<PlaygroundAsset | undefined>;
}

/** Creates an in-memory cache over the allow-listed files. */
export function createAssetStore(): AssetStore {
  const cache = new Map<string, Promise<PlaygroundAsset>>();
  return {
    get(name) {
      const source = SOURCES.get(name);
      if (source === undefined) return Promise.resolve(undefined);
      let pending = cache.get(name);
      if (pending === undefined) {
        pending = load(name, source);
        // A failed read is not remembered, so a fixed installation recovers without a restart.
        pending.catch(() => cache.delete(name));
        cache.set(name, pending);
      }
      return pending;
    },
  };
}

async function load(name: string, source: AssetSource): Promise<PlaygroundAsset> {
  const body = await readFile(source.locate());
  const version = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return { name, contentType: source.contentType, body, version };
}

/**
 * Packages' `exports` maps hide their UMD files from `require.resolve`, but every package
 * exports its package.json, so the file is found next to it.
 */
function packageFile(pkg: string, file: string): () => string {
  return () => {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  };
}

function ownFile(file: string): () => string {
  return () => fileURLToPath(new URL(file, import.meta.url));
}
