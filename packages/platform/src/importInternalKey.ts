import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { assertInternalKey } from './internalToken.ts';

/**
 * The gateway's internal key (its private half, or the public half subgraphs verify with)
 * from a JWK, as a node:crypto KeyObject made once at start; anything but EC P-256 throws.
 */
export function importInternalKey(jwk: JsonWebKey, type: 'private' | 'public'): KeyObject {
  let key: KeyObject;
  try {
    key =
      type === 'private'
        ? createPrivateKey({ key: jwk, format: 'jwk' })
        : createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    // An `oct` (secret) JWK lands here: the internal key must be an asymmetric pair.
    throw new Error(`The internal key must be an EC P-256 ${type} JWK.`);
  }
  assertInternalKey(key, type);
  return key;
}
