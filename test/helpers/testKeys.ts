import { generateKeyPair, type CryptoKey } from 'jose';
import { INTERNAL_ALG } from '../../platform/internalToken.ts';

export interface KeyPair {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** A fresh gateway-internal key pair, as a deployment would generate once. */
export function createTestKeys(): Promise<KeyPair> {
  return generateKeyPair(INTERNAL_ALG);
}
