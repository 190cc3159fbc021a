import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the app's build is made of: its own files, the client, the documents, the lockfile. */
const SOURCES = ['app/index.html', 'app/vite.config.ts', 'app/appBase.ts', 'app/src'];
const SHARED = ['packages/client/src', 'clients/generated', 'package-lock.json'];

/** sha256 over every source file's path and bytes, in a stable order: the build's stamp. */
export function hashAppSources(root: string): string {
  const hash = createHash('sha256');
  for (const path of [...SOURCES, ...SHARED].flatMap((entry) => filesUnder(join(root, entry)))) {
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}
