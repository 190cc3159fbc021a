import { join } from 'node:path';
import { BUILD_ENTRIES, DIST_DIR, type BuildEntry } from '../build/entries.ts';

/**
 * node's arguments to run one of the window's processes: its bundle in dist/ when the launcher
 * itself runs compiled (`npm start`), else its TypeScript through tsx (development, tests).
 */
export function processCommand({
  root,
  entry,
  compiled,
}: {
  root: string;
  entry: Exclude<BuildEntry, 'start'>;
  compiled: boolean;
}): string[] {
  return compiled
    ? [join(root, DIST_DIR, `${entry}.js`)]
    : ['--import', 'tsx', BUILD_ENTRIES[entry]];
}

/** Whether this process was started from a bundle (dist/*.js) rather than from TypeScript. */
export function runsCompiled(): boolean {
  return process.argv[1]?.endsWith('.js') ?? false;
}
