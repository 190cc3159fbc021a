import { SignJWT } from 'jose';
import type { Role } from '@dost/platform/roles.ts';

export interface ClientTokenClaims {
  sub: string;
  role: Role | string;
  fin?: string;
  centre?: string;
  agency?: string;
  scopes?: string[];
}

export interface ClientTokenOptions {
  secret: string;
  issuer: string;
  audience: string;
  /** @default 3600 */
  ttlSeconds?: number;
}

/** Signs an HS256 client token, as the dev identity provider would issue one. */
export function signClientToken(
  { sub, ...claims }: ClientTokenClaims,
  { secret, issuer, audience, ttlSeconds = 3600 }: ClientTokenOptions,
): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}
