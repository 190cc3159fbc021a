import { importJWK, SignJWT, type JWK } from 'jose';
import { PUBLISHER_TOKEN, type PublisherClaims } from './PublisherClaims.ts';

/** Signs a publisher token with the registry's private ES256 key (a JWK). */
export async function signPublisherToken({
  claims: { sub, subgraphs, scope },
  privateKey,
  ttlSeconds,
}: {
  readonly claims: PublisherClaims;
  readonly privateKey: JWK;
  /** How long it is good for; a CI token is typically renewed every few months. */
  readonly ttlSeconds: number;
}): Promise<string> {
  const key = await importJWK(privateKey, PUBLISHER_TOKEN.alg);
  return new SignJWT({ subgraphs: [...subgraphs], scope })
    .setProtectedHeader({ alg: PUBLISHER_TOKEN.alg, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(PUBLISHER_TOKEN.issuer)
    .setAudience(PUBLISHER_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}
