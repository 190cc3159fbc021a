import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  formatInternalCallKey,
  generateInternalSecret,
  parseInternalCallKey,
  type InternalCallKey,
} from './internalCallKey.ts';

/**
 * Beside dev-keys.json rather than in it: a data folder made before internal calls carried a
 * MAC keeps its other dev keys, and gains this file on the next start.
 */
const FILE = 'dev-internal-secret';

/**
 * The development gateway secret in `dataDir/keys`, generated on first use. Every process of
 * one `npm start` reads the same file: the gateway signs with it, each subgraph derives its
 * own call key from it. Production refuses it (DOST_INTERNAL_SECRET, DOST_INTERNAL_CALL_KEY).
 */
export function loadOrCreateDevInternalSecret(dataDir: string): InternalCallKey {
  const existing = readDevInternalSecret(dataDir);
  if (existing !== null) return existing;
  const folder = join(dataDir, 'keys');
  mkdirSync(folder, { recursive: true });
  const draft = join(folder, `${FILE}.${process.pid}.tmp`);
  writeFileSync(draft, `${formatInternalCallKey(generateInternalSecret())}\n`, { mode: 0o600 });
  chmodSync(draft, 0o600);
  try {
    // A link appears whole or not at all, and fails if another process won the race: the
    // services `npm start` launches together then all read one complete secret.
    linkSync(draft, join(folder, FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const secret = readDevInternalSecret(dataDir);
  if (secret === null) throw new Error(`Could not keep a dev internal secret in ${folder}.`);
  return secret;
}

/** The development gateway secret if `dataDir/keys` has one; never creates it (read-only tools). */
export function readDevInternalSecret(dataDir: string): InternalCallKey | null {
  const path = join(dataDir, 'keys', FILE);
  if (!existsSync(path)) return null;
  return parseInternalCallKey(readFileSync(path, 'utf8'), path);
}
