import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_ALG } from './importInternalKey.ts';

/** Keys for development only: the gateway refuses them when NODE_ENV=production. */
export interface DevKeys {
  /** HS256 secret that `npm run token` signs client tokens with. */
  readonly clientSecret: string;
  /** Gateway's internal ES256 key pair as JWKs. */
  readonly internalPrivate: JsonWebKey;
  readonly internalPublic: JsonWebKey;
}

const FILE = 'dev-keys.json';

/** Loads the dev keys from `dataDir/keys`, generating them on first use. */
export async function loadOrCreateDevKeys(dataDir: string): Promise<DevKeys> {
  const folder = join(dataDir, 'keys');
  const path = join(folder, FILE);
  if (existsSync(path)) return readKeys(path);
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keys: DevKeys = {
    clientSecret: randomBytes(32).toString('base64url'),
    internalPrivate: { ...pair.privateKey.export({ format: 'jwk' }), alg: INTERNAL_ALG },
    internalPublic: { ...pair.publicKey.export({ format: 'jwk' }), alg: INTERNAL_ALG },
  };
  mkdirSync(folder, { recursive: true });
  // `wx` fails if another process created the file first; then its keys win.
  try {
    writeFileSync(path, JSON.stringify(keys, null, 2), { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
  } catch {
    return readKeys(path);
  }
  return keys;
}

/** The dev keys if `dataDir/keys` has them; never creates any (for read-only tools). */
export function readDevKeys(dataDir: string): DevKeys | null {
  const path = join(dataDir, 'keys', FILE);
  return existsSync(path) ? readKeys(path) : null;
}

function readKeys(path: string): DevKeys {
  return JSON.parse(readFileSync(path, 'utf8')) as DevKeys;
}
