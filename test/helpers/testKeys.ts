import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** A fresh gateway-internal (ES256, P-256) key pair, as a deployment would generate once. */
export function createTestKeys(): KeyPair {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
