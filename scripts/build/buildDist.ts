import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { BUILD_ENTRIES, BUNDLED_FLAG, DIST_DIR, WORKER_ENTRIES } from './entries.ts';
import { externalPackages } from './externalPackages.ts';
import { sourceRelativeMeta } from './sourceRelativeMeta.ts';

const STAMP = '.build-stamp.json';

/** What a build was made from: every input file, hashed, so a later start can tell it is stale. */
interface BuildStamp {
  inputs: string[];
  hash: string;
}

/**
 * Bundles each production process (BUILD_ENTRIES) into dist/<name>.js with esbuild, unless
 * dist/ already holds a build of exactly today's sources. Returns whether it built. The build
 * goes to a private folder first, so a process starting meanwhile never sees half of one.
 */
export async function buildDist({
  root,
  force = false,
}: {
  root: string;
  force?: boolean;
}): Promise<boolean> {
  const dist = join(root, DIST_DIR);
  if (!force && isFresh(root, dist)) return false;
  const staging = join(root, `.dist-${randomBytes(4).toString('hex')}`);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { ...BUILD_ENTRIES, ...WORKER_ENTRIES },
      define: { [BUNDLED_FLAG]: 'true' },
      outdir: staging,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
      // The bundles sit in dist/, one level below the root, like staging does now.
      plugins: [externalPackages(), sourceRelativeMeta({ bundleDir: dist })],
    });
    const inputs = [...Object.keys(result.metafile.inputs), ...ALWAYS_INPUTS].sort();
    const stamp: BuildStamp = { inputs, hash: hashFiles(root, inputs) };
    writeFileSync(join(staging, STAMP), JSON.stringify(stamp));
    rmSync(dist, { recursive: true, force: true });
    renameSync(staging, dist);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

/** Beside the bundled sources: what changes the build without being one of its inputs. */
const ALWAYS_INPUTS = [
  'package-lock.json',
  'scripts/build/buildDist.ts',
  'scripts/build/entries.ts',
  'scripts/build/externalPackages.ts',
  'scripts/build/sourceRelativeMeta.ts',
];

function isFresh(root: string, dist: string): boolean {
  const file = join(dist, STAMP);
  if (!existsSync(file)) return false;
  if (
    ![...Object.keys(BUILD_ENTRIES), ...Object.keys(WORKER_ENTRIES)].every((name) =>
      existsSync(join(dist, `${name}.js`)),
    )
  ) {
    return false;
  }
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as BuildStamp;
  return (
    stamp.inputs.every((input) => existsSync(join(root, input))) &&
    hashFiles(root, stamp.inputs) === stamp.hash
  );
}

/** sha256 over each file's path and bytes, in the order given. */
function hashFiles(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const name = relative(root, join(root, path)).split(sep).join('/');
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  }
  return hash.digest('hex');
}
