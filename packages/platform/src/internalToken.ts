import { createHash, randomUUID } from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';
import { assertInternalCallKey, type InternalCallKey } from './internalCallKey.ts';
import { isRole, type Identity } from './roles.ts';

/** Header carrying the gateway-signed identity to a subgraph; clients can never set it. */
export const INTERNAL_TOKEN_HEADER = 'x-dost-internal-token';
export const INTERNAL_ISSUER = 'dost-one-window-gateway';
/**
 * The only algorithm signed or accepted: an HMAC with the audience's own call key
 * (deriveInternalCallKey). A subgraph never holds a public key to confuse it with, and a
 * token naming `none`, ES256 or another HMAC is refused.
 */
export const INTERNAL_CALL_ALG = 'HS256';

/** Every claim a token must carry; fast-jwt checks `iss`/`aud` only when present. */
const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'exp', 'iat', 'jti', 'bh'];
/**
 * How long a token lives. A call ends within the request's deadline (5 s by default), so
 * this only has to cover that and clock skew; the shorter it is, the less a subgraph must
 * remember to refuse a replay (see createReplayGuard).
 */
export const INTERNAL_TOKEN_TTL_SECONDS = 15;
/** Longest skew tolerated between the gateway's clock and a subgraph's, in ms. */
export const INTERNAL_CLOCK_TOLERANCE_MS = 5_000;

interface IdentityClaims {
  role: string;
  fin: string | null;
  centre: string | null;
  agency: string | null;
  scopes: string[];
  purpose: string | null;
  rid: string;
  /** Unique per call: a subgraph refuses an id it has already seen while the token lives. */
  jti: string;
  /** Body hash: base64url sha256 of the exact request body this token was signed for. */
  bh: string;
  /**
   * The W3C `traceparent` of the gateway's span for this call, when the request is traced.
   * Inside the token, so the signature covers it: a subgraph continues only the traces the
   * gateway started, and no caller can graft its calls onto (or probe) another trace.
   */
  tp?: string;
  sub: string;
  aud: string;
  iat: number;
  exp: number;
}

type Sign = (claims: IdentityClaims) => string;
type Verify = (token: string) => unknown;

// fast-jwt prepares a key once per signer or verifier, so each key (and audience) keeps its
// own: a request then pays for one HMAC alone, synchronously on node:crypto.
const signers = new WeakMap<InternalCallKey, Sign>();
const verifiers = new WeakMap<InternalCallKey, Map<string, Verify>>();

export interface SignInternalTokenOptions {
  /**
   * The audience's call key (deriveInternalCallKey of the gateway's secret for it): no other
   * subgraph's key verifies the token.
   */
  key: InternalCallKey;
  /** The subgraph the call goes to, also signed as `aud`: the token is refused by every other. */
  audience: string;
  /** The exact body of the call: the token is refused with any other body. */
  body: string | Uint8Array;
  /** @default INTERNAL_TOKEN_TTL_SECONDS */
  ttlSeconds?: number;
  /** The call's W3C `traceparent`, signed as claim `tp`. @default undefined (not traced) */
  traceparent?: string;
}

/** A verified token: who is calling, and what the subgraph needs to refuse a replay. */
export interface InternalCall {
  readonly identity: Identity;
  /** The token's unique id. */
  readonly jti: string;
  /** Epoch seconds after which the token is refused anyway (before clock tolerance). */
  readonly exp: number;
  /** The signed W3C `traceparent` of the gateway's call, if it was traced; else null. */
  readonly traceparent: string | null;
}

/**
 * MACs a short-lived token for one call: bound to one subgraph (its key and the audience),
 * to the exact body sent (its hash) and unique (its id). Seen on the wire, it is good for
 * nothing but the very call it came with, once.
 */
export function signInternalToken(
  identity: Identity,
  {
    key,
    audience,
    body,
    ttlSeconds = INTERNAL_TOKEN_TTL_SECONDS,
    traceparent,
  }: SignInternalTokenOptions,
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
    jti: randomUUID(),
    bh: bodyHash(body),
    ...(traceparent === undefined ? {} : { tp: traceparent }),
    sub: identity.actor,
    aud: audience,
    iat,
    exp: iat + ttlSeconds,
  });
}

/**
 * Verifies a gateway token with this subgraph's call key, for the body it arrived with;
 * throws on any defect, a body other than the one signed included (callers map that to
 * UNAUTHENTICATED). Refusing a replayed id is the caller's (createReplayGuard): it needs
 * memory across calls.
 */
export function verifyInternalToken(
  token: string,
  { key, audience, body }: { key: InternalCallKey; audience: string; body: string | Uint8Array },
): InternalCall {
  const payload = verifierFor(key, audience)(token);
  const call = toInternalCall(payload);
  if ((payload as { bh?: unknown }).bh !== bodyHash(body)) {
    throw new Error('the token was signed for another body');
  }
  return call;
}

/** base64url sha256 of the body's bytes (a string is taken as UTF-8, as it is sent). */
export function bodyHash(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

function signerFor(key: InternalCallKey): Sign {
  let sign = signers.get(key);
  if (sign === undefined) {
    sign = createSigner<IdentityClaims>({
      key: secretOf(key),
      algorithm: INTERNAL_CALL_ALG,
      iss: INTERNAL_ISSUER,
    });
    signers.set(key, sign);
  }
  return sign;
}

function verifierFor(key: InternalCallKey, audience: string): Verify {
  let byAudience = verifiers.get(key);
  if (byAudience === undefined) {
    byAudience = new Map();
    verifiers.set(key, byAudience);
  }
  let verify = byAudience.get(audience);
  if (verify === undefined) {
    verify = createVerifier<string>({
      key: secretOf(key),
      // Pinned: a token naming `none`, ES256, HS512 or any other algorithm is refused.
      algorithms: [INTERNAL_CALL_ALG],
      allowedIss: INTERNAL_ISSUER,
      allowedAud: audience,
      requiredClaims: REQUIRED_CLAIMS,
      clockTolerance: INTERNAL_CLOCK_TOLERANCE_MS,
    });
    byAudience.set(audience, verify);
  }
  return verify;
}

/** The key's bytes, as fast-jwt takes an HMAC secret; anything but a call key throws. */
function secretOf(key: InternalCallKey): Buffer {
  assertInternalCallKey(key, 'internal call key');
  return key.export();
}

function toInternalCall(payload: unknown): InternalCall {
  if (typeof payload !== 'object' || payload === null) throw new Error('no claims');
  const claims: { [K in keyof IdentityClaims]?: unknown } = payload;
  // fast-jwt requires `iat` and `jti` but, unlike `exp`, does not check their types.
  if (!isRole(claims.role) || typeof claims.sub !== 'string' || typeof claims.iat !== 'number') {
    throw new Error('internal token has no valid role, subject or issue time');
  }
  if (typeof claims.jti !== 'string' || claims.jti === '' || typeof claims.exp !== 'number') {
    throw new Error('internal token has no id or expiry');
  }
  return {
    identity: toIdentity(claims, claims.role, claims.sub),
    jti: claims.jti,
    exp: claims.exp,
    traceparent: typeof claims.tp === 'string' ? claims.tp : null,
  };
}

function toIdentity(
  claims: { [K in keyof IdentityClaims]?: unknown },
  role: Identity['role'],
  actor: string,
): Identity {
  return {
    actor,
    role,
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
