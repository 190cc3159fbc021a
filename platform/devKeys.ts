import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { INTERNAL_ALG } from './internalToken.ts';

/** Keys for development only: the gateway refuses them when NODE_ENV=production. */
export interface DevKeys {
  /** HS256 secret that `npm run token` signs client tokens with. */
  readonly clientSecret: string;
  /** Gateway's internal ES256 key pair as JWKs. */
  readonly internalPrivate: JWK;
  readonly internalPublic: JWK;
}

const FILE = 'dev-keys.json';

/** Loads the dev keys from `dataDir/keys`, generating them on first use. */
export async function loadOrCreateDevKeys(dataDir: string): Promise<DevKeys> {
  const folder = join(dataDir, 'keys');
  const path = join(folder, FILE);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevKeys;
  const pair = await generateKeyPair(INTERNAL_ALG, { extractable: true });
  const keys: DevKeys = {
    clientSecret: randomBytes(32).toString('base64url'),
    internalPrivate: { ...(await exportJWK(pair.privateKey)), alg: INTERNAL_ALG },
    internalPublic: { ...(await exportJWK(pair.publicKey)), alg: INTERNAL_ALG },
  };
  mkdirSync(folder, { recursive: true });
  // `wx` fails if another process created the file first; then its keys win.
  try {
    writeFileSync(path, JSON.stringify(keys, null, 2), { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
  } catch {
    return JSON.parse(readFileSync(path, 'utf8')) as DevKeys;
  }
  return keys;
}
