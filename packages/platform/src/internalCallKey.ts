import { createSecretKey, hkdfSync, KeyObject, randomBytes } from 'node:crypto';

/**
 * One secret key for internal calls: the gateway's secret, or a subgraph's call key derived
 * from it. Both are node:crypto secret KeyObjects of INTERNAL_KEY_BYTES bytes.
 */
export type InternalCallKey = KeyObject;

/** Bytes of the gateway's secret and of each call key: HMAC-SHA256's own output size. */
export const INTERNAL_KEY_BYTES = 32;
/**
 * Versioned, so a later scheme derives unrelated keys from the same secret. The subgraph's
 * name is the whole rest of the info, so no two names derive the same key.
 */
const DERIVATION_INFO = 'dost-internal-call/v1:';

/**
 * The key one subgraph checks the gateway's calls with: HKDF-SHA256 of the gateway's secret
 * for that name. A subgraph holds only its own; it cannot derive another's, nor the secret.
 */
export function deriveInternalCallKey(secret: InternalCallKey, subgraph: string): InternalCallKey {
  assertInternalCallKey(secret, 'internal secret');
  if (subgraph === '') throw new Error('A call key is derived for a named subgraph.');
  const bytes = hkdfSync(
    'sha256',
    secret,
    Buffer.alloc(0),
    `${DERIVATION_INFO}${subgraph}`,
    INTERNAL_KEY_BYTES,
  );
  return createSecretKey(Buffer.from(bytes));
}

/** A fresh random gateway secret (development keys, tests). */
export function generateInternalSecret(): InternalCallKey {
  return createSecretKey(randomBytes(INTERNAL_KEY_BYTES));
}

/**
 * A secret or call key from its text form (base64url, as `formatInternalCallKey` prints it
 * and the environment holds it); `what` names the setting in the error.
 */
export function parseInternalCallKey(text: string, what: string): InternalCallKey {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) {
    throw new Error(`${what} must be base64url (npm run internal:key prints one).`);
  }
  const key = createSecretKey(Buffer.from(trimmed, 'base64url'));
  assertInternalCallKey(key, what);
  return key;
}

/** The text form of a secret or call key: base64url of its bytes. */
export function formatInternalCallKey(key: InternalCallKey): string {
  assertInternalCallKey(key, 'internal key');
  return key.export().toString('base64url');
}

/** Refuses anything but a secret key of INTERNAL_KEY_BYTES bytes (an ES256 key included). */
export function assertInternalCallKey(key: KeyObject, what: string): void {
  if (
    !(key instanceof KeyObject) ||
    key.type !== 'secret' ||
    key.symmetricKeySize !== INTERNAL_KEY_BYTES
  ) {
    throw new Error(`The ${what} must be a secret key of ${INTERNAL_KEY_BYTES} bytes.`);
  }
}
