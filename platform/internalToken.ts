import { KeyObject, type webcrypto } from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';
import { isRole, type Identity } from './roles.ts';

/** Header carrying the gateway-signed identity to a subgraph; clients can never set it. */
export const INTERNAL_TOKEN_HEADER = 'x-dost-internal-token';
export const INTERNAL_ISSUER = 'dost-one-window-gateway';
/** The only algorithm accepted: the gateway's own key pair, separate from client keys. */
export const INTERNAL_ALG = 'ES256';

/**
 * The gateway's key as node:crypto loads it (`importInternalKey`); a WebCrypto key is also
 * taken, converted once, so code holding one (jose's `generateKeyPair`) keeps working.
 */
export type InternalKey = KeyObject | webcrypto.CryptoKey;

/** Skew tolerated between the gateway's clock and a subgraph's, on `exp` and `nbf`. */
const CLOCK_TOLERANCE_MS = 5_000;
/** Every claim a token must carry; fast-jwt checks `iss`/`aud` only when present. */
const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'exp', 'iat'];

interface IdentityClaims {
  role: string;
  fin: string | null;
  centre: string | null;
  agency: string | null;
  scopes: string[];
  purpose: string | null;
  rid: string;
  sub: string;
  aud: string;
  iat: number;
  exp: number;
}

type Sign = (claims: IdentityClaims) => string;
type Verify = (token: string) => unknown;

// fast-jwt parses a key once per signer or verifier, so each key (and audience) keeps its
// own: a request then pays for the signature alone, synchronously on node:crypto, with no
// thread-pool job and no key transfer as WebCrypto needs.
const signers = new WeakMap<InternalKey, Sign>();
const verifiers = new WeakMap<InternalKey, Map<string, Verify>>();

/**
 * Refuses anything but a P-256 key of the given type: fast-jwt checks only the `ES` family
 * when signing, and a key of another curve must never sign as ES256.
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

/** Signs a short-lived token for one subgraph (the audience), so it cannot be replayed on another. */
export function signInternalToken(
  identity: Identity,
  { key, audience, ttlSeconds = 30 }: { key: InternalKey; audience: string; ttlSeconds?: number },
): string {
  const iat = Math.floor(Date.now() / 1000);
  return signerFor(key)({
    role: identity.role,
    fin: identity.fin,
    centre: identity.centre,
    agency: identity.agency,
    scopes: [...identity.scopes],
    purpose: identity.purpose,
    rid: identity.requestId,
    sub: identity.actor,
    aud: audience,
    iat,
    exp: iat + ttlSeconds,
  });
}

/** Verifies a gateway token; throws on any defect (callers map that to UNAUTHENTICATED). */
export function verifyInternalToken(
  token: string,
  { key, audience }: { key: InternalKey; audience: string },
): Identity {
  return toIdentity(verifierFor(key, audience)(token));
}

function signerFor(key: InternalKey): Sign {
  let sign = signers.get(key);
  if (sign === undefined) {
    const keyObject = asKeyObject(key, 'private');
    sign = createSigner<IdentityClaims>({
      key: keyObject.export({ type: 'pkcs8', format: 'pem' }),
      algorithm: INTERNAL_ALG,
      iss: INTERNAL_ISSUER,
    });
    signers.set(key, sign);
  }
  return sign;
}

function verifierFor(key: InternalKey, audience: string): Verify {
  let byAudience = verifiers.get(key);
  if (byAudience === undefined) {
    byAudience = new Map();
    verifiers.set(key, byAudience);
  }
  let verify = byAudience.get(audience);
  if (verify === undefined) {
    verify = createVerifier<string>({
      key: asKeyObject(key, 'public').export({ type: 'spki', format: 'pem' }),
      // Pinned: a token naming `none`, HS256 or any other algorithm is refused.
      algorithms: [INTERNAL_ALG],
      allowedIss: INTERNAL_ISSUER,
      allowedAud: audience,
      requiredClaims: REQUIRED_CLAIMS,
      clockTolerance: CLOCK_TOLERANCE_MS,
    });
    byAudience.set(audience, verify);
  }
  return verify;
}

function asKeyObject(key: InternalKey, type: 'private' | 'public'): KeyObject {
  const keyObject = key instanceof KeyObject ? key : KeyObject.from(key);
  assertInternalKey(keyObject, type);
  return keyObject;
}

function toIdentity(payload: unknown): Identity {
  if (typeof payload !== 'object' || payload === null) throw new Error('no claims');
  const claims: { [K in keyof IdentityClaims]?: unknown } = payload;
  // fast-jwt requires `iat` but, unlike `exp`, does not check its type.
  if (!isRole(claims.role) || typeof claims.sub !== 'string' || typeof claims.iat !== 'number') {
    throw new Error('internal token has no valid role, subject or issue time');
  }
  return {
    actor: claims.sub,
    role: claims.role,
    fin: stringOrNull(claims.fin),
    centre: stringOrNull(claims.centre),
    agency: stringOrNull(claims.agency),
    scopes: Array.isArray(claims.scopes)
      ? claims.scopes.filter((s): s is string => typeof s === 'string')
      : [],
    purpose: stringOrNull(claims.purpose),
    requestId: typeof claims.rid === 'string' ? claims.rid : 'unknown',
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
