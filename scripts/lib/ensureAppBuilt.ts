import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  // Vite is a devDependency: production images run the build at image time, not here.
  const { build } = await import('vite');
  const staging = join(ROOT, 'app', `.dist-${randomBytes(4).toString('hex')}`);
  try {
    await build({
      configFile: join(ROOT, 'app', 'vite.config.ts'),
      build: { outDir: staging, emptyOutDir: true },
    });
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
