import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload, type KeyObject } from 'jose';
import { isRole, type Identity } from './roles.ts';

/** Header carrying the gateway-signed identity to a subgraph; clients can never set it. */
export const INTERNAL_TOKEN_HEADER = 'x-dost-internal-token';
export const INTERNAL_ISSUER = 'dost-one-window-gateway';
/** The only algorithm accepted: the gateway's own key pair, separate from client keys. */
export const INTERNAL_ALG = 'ES256';

type Key = CryptoKey | KeyObject;

interface IdentityClaims extends JWTPayload {
  role: string;
  fin: string | null;
  centre: string | null;
  agency: string | null;
  scopes: string[];
  purpose: string | null;
  rid: string;
}

/** Signs a short-lived token for one subgraph (the audience), so it cannot be replayed on another. */
export async function signInternalToken(
  identity: Identity,
  { key, audience, ttlSeconds = 30 }: { key: Key; audience: string; ttlSeconds?: number },
): Promise<string> {
  const claims: IdentityClaims = {
    role: identity.role,
    fin: identity.fin,
    centre: identity.centre,
    agency: identity.agency,
    scopes: [...identity.scopes],
    purpose: identity.purpose,
    rid: identity.requestId,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: INTERNAL_ALG })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setSubject(identity.actor)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/** Verifies a gateway token; throws on any defect (callers map that to UNAUTHENTICATED). */
export async function verifyInternalToken(
  token: string,
  { key, audience }: { key: Key; audience: string },
): Promise<Identity> {
  const { payload } = await jwtVerify<IdentityClaims>(token, key, {
    algorithms: [INTERNAL_ALG],
    issuer: INTERNAL_ISSUER,
    audience,
    requiredClaims: ['sub', 'exp', 'iat'],
    clockTolerance: 5,
  });
  if (!isRole(payload.role) || typeof payload.sub !== 'string') {
    throw new Error('internal token has no valid role or subject');
  }
  return {
    actor: payload.sub,
    role: payload.role,
    fin: stringOrNull(payload.fin),
    centre: stringOrNull(payload.centre),
    agency: stringOrNull(payload.agency),
    scopes: Array.isArray(payload.scopes)
      ? payload.scopes.filter((s) => typeof s === 'string')
      : [],
    purpose: stringOrNull(payload.purpose),
    requestId: typeof payload.rid === 'string' ? payload.rid : 'unknown',
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
