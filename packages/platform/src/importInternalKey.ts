import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';

/**
 * The algorithm of the gateway's key pair, which signs audit checkpoints (not internal calls:
 * those carry a MAC, internalToken.ts).
 */
export const INTERNAL_ALG = 'ES256';

/**
 * The gateway's key pair (its private half, or the public half checkpoints are verified
 * with) from a JWK, as a node:crypto KeyObject made once at start; anything but EC P-256 throws.
 */
export function importInternalKey(jwk: JsonWebKey, type: 'private' | 'public'): KeyObject {
  let key: KeyObject;
  try {
    key =
      type === 'private'
        ? createPrivateKey({ key: jwk, format: 'jwk' })
        : createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    // An `oct` (secret) JWK lands here: this key must be an asymmetric pair.
    throw new Error(`The internal key must be an EC P-256 ${type} JWK.`);
  }
  assertInternalKey(key, type);
  return key;
}

/**
 * Refuses anything but a P-256 key of the given type: a key of another curve must never
 * sign as ES256.
 */
export function assertInternalKey(key: KeyObject, type: 'private' | 'public'): void {
  if (
    key.type !== type ||
    key.asymmetricKeyType !== 'ec' ||
    key.asymmetricKeyDetails?.namedCurve !== 'prime256v1'
  ) {
    throw new Error(`The internal key must be an EC P-256 ${type} key.`);
  }
}
