import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { RegisteredOperation } from './RegisteredOperation.ts';

const DOCUMENT_FILE = /\.(graphql|gql)$/;

async function documentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function fromManifest(path: string, manifest: unknown): RegisteredOperation[] {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`${path}: a manifest is a JSON object of id → document`);
  }
  return Object.entries(manifest).map(([id, document]) => {
    if (typeof document !== 'string') throw new Error(`${path}: "${id}" is not a document string`);
    return { id, document };
  });
}

/**
 * Reads registered operations from a folder of `.graphql`/`.gql` documents (searched
 * recursively, one document per file), a single document file, or a JSON manifest mapping
 * each id to its document, the shape trusted-document manifests have.
 */
export async function loadOperations(path: string): Promise<readonly RegisteredOperation[]> {
  const full = resolve(path);
  if ((await stat(full)).isDirectory()) {
    const files = await documentFiles(full);
    return Promise.all(
      files.map(async (file) => ({
        id: relative(full, file),
        document: await readFile(file, 'utf8'),
      })),
    );
  }
  const text = await readFile(full, 'utf8');
  if (full.endsWith('.json')) return fromManifest(path, JSON.parse(text));
  return [{ id: relative(process.cwd(), full), document: text }];
}
