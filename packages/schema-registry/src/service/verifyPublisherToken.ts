import { errors, jwtVerify, type CryptoKey, type KeyObject } from 'jose';
import { SCHEMA_REGISTRY_ERRORS, type RegistryResult } from '../schemaRegistryErrors.ts';
import { PUBLISHER_SCOPES, PUBLISHER_TOKEN, type PublisherClaims } from './PublisherClaims.ts';

/** The registry's public key, as jose takes it. */
export type PublisherKey = CryptoKey | KeyObject;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const unauthenticated = (detail: string) => ({
  ok: false as const,
  error: SCHEMA_REGISTRY_ERRORS.UNAUTHENTICATED.err([detail]),
});

/**
 * Verifies a publisher token: the registry's ES256 signature (the algorithm pinned, so an
 * unsigned `alg: none` token or an HS256 one keyed with the public key is refused), its issuer
 * and audience, an expiry that has not passed, and well-formed claims.
 */
export async function verifyPublisherToken(
  token: string | undefined,
  key: PublisherKey,
): Promise<RegistryResult<{ claims: PublisherClaims }>> {
  if (token === undefined) return unauthenticated('no Authorization: Bearer token');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [PUBLISHER_TOKEN.alg],
      issuer: PUBLISHER_TOKEN.issuer,
      audience: PUBLISHER_TOKEN.audience,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return unauthenticated('the token has expired');
    // Which check failed stays out of the answer: it would only help a forger.
    return unauthenticated('not a publisher token signed by this registry');
  }
  const { sub, subgraphs, scope } = payload;
  const known = PUBLISHER_SCOPES.find((s) => s === scope);
  if (typeof sub !== 'string' || sub === '' || !isStringList(subgraphs) || known === undefined) {
    return unauthenticated('the token lacks sub, subgraphs or scope (check|publish)');
  }
  return { ok: true, claims: { sub, subgraphs, scope: known } };
}
