import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { PUBLISHER_TOKEN } from './PublisherClaims.ts';

/** The registry's key pair for publisher tokens, as JWKs. */
export interface PublisherKeyPair {
  readonly privateKey: JWK;
  readonly publicKey: JWK;
}

const FILE = 'registry-dev-key.json';

/**
 * The development key pair from `dataDir/keys`, generated on first use beside the other dev
 * keys; production configures its own (DOST_REGISTRY_PUBLIC_KEY, DOST_REGISTRY_PRIVATE_KEY).
 */
export function loadOrCreateDevPublisherKey(dataDir: string): PublisherKeyPair {
  const folder = join(dataDir, 'keys');
  const path = join(folder, FILE);
  if (existsSync(path)) return read(path);
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const alg = PUBLISHER_TOKEN.alg;
  const keys: PublisherKeyPair = {
    privateKey: { ...pair.privateKey.export({ format: 'jwk' }), alg },
    publicKey: { ...pair.publicKey.export({ format: 'jwk' }), alg },
  };
  mkdirSync(folder, { recursive: true });
  // `wx` fails if another process created the file first; then its key wins.
  try {
    writeFileSync(path, JSON.stringify(keys, null, 2), { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
  } catch {
    return read(path);
  }
  return keys;
}

function read(path: string): PublisherKeyPair {
  return JSON.parse(readFileSync(path, 'utf8')) as PublisherKeyPair;
}
