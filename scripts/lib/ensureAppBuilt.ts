import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { hashAppSources } from './appSources.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folder the gateway serves at /app/. */
export const APP_DIST = join(ROOT, 'app', 'dist');
const STAMP = '.source-hash';

/**
 * Builds the app with Vite when app/dist is missing or older than its sources (compared by
 * content hash, so a fresh clone, a pull and an edit all rebuild, and nothing else does).
 * The build goes to a private folder first, so a concurrent reader never sees half of one.
 * Returns whether it built.
 */
export async function ensureAppBuilt({
  force = false,
}: { force?: boolean } = {}): Promise<boolean> {
  const wanted = hashAppSources(ROOT);
  if (!force && stampOf(APP_DIST) === wanted) return false;
  const staging = join(ROOT, 'app', `.dist-${randomBytes(4).toString('hex')}`);
  try {
    // In a child process: Vite's build sets NODE_ENV=production in its own process, which
    // the processes npm start spawns next would inherit (and refuse dev keys). Vite is a
    // devDependency: production images run this at image time.
    const vite = join(
      dirname(createRequire(import.meta.url).resolve('vite/package.json')),
      'bin',
      'vite.js',
    );
    await promisify(execFile)(process.execPath, [
      vite,
      'build',
      '--config',
      join(ROOT, 'app', 'vite.config.ts'),
      '--outDir',
      staging,
    ]);
    writeFileSync(join(staging, STAMP), wanted);
    rmSync(APP_DIST, { recursive: true, force: true });
    renameSync(staging, APP_DIST);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

function stampOf(dir: string): string | null {
  const file = join(dir, STAMP);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
