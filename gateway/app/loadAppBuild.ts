import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** One file of the app's build, kept in memory under its public name. */
export interface AppFile {
  readonly contentType: string;
  readonly body: Buffer;
  /** True for Vite's content-hashed files (assets/), which never change under their name. */
  readonly immutable: boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Reads the whole build (a few small files) once. Requests are then looked up by exact name
 * in the map, so no part of a URL ever reaches the file system; files of other types (source
 * maps, the build stamp) are not served.
 */
export async function loadAppBuild(dir: string): Promise<ReadonlyMap<string, AppFile>> {
  const files = new Map<string, AppFile>();
  for (const path of await listFiles(dir)) {
    const contentType = CONTENT_TYPES[extname(path)];
    if (contentType === undefined) continue;
    const name = relative(dir, path).split(sep).join('/');
    files.set(name, {
      contentType,
      body: await readFile(path),
      immutable: name.startsWith('assets/'),
    });
  }
  if (!files.has('index.html')) throw new Error(`No app build in ${dir}: run npm run app:build.`);
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}
