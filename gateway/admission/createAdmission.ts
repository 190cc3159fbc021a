import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import type { Identity } from '@dost/platform/roles.ts';
import type { RateLimiter } from './createRateLimiter.ts';
import type { ClientAuthenticator } from './createClientAuthenticator.ts';

export interface AdmissionOptions {
  authenticate: ClientAuthenticator;
  /** `null` admits at any rate (benchmarks). */
  limiter: RateLimiter | null;
}

/** Who a request comes from, or why it is refused; runs before the context exists. */
export type Admission = (req: IncomingMessage, requestId: string) => Promise<Identity>;

/**
 * Authentication inside the rate limits. A failed authentication counts against the client
 * address; past that address's budget, a failure is answered 429 instead of 401. A valid
 * token is admitted whatever its address has done: a centre's staff share one NAT address,
 * and one attacker among them must not lock the whole centre out. It then counts against
 * its principal (`sub`).
 *
 * The price of that: an address over budget still has every token checked. A missing or
 * malformed token fails before any cryptography and a token verified before is found in
 * the verified-token cache, but a well-formed forgery costs one signature check (≈ 60 µs
 * HS256, more for ES256/RS256) where the old order refused it unread. The failure count
 * stops at the budget, so an attack keeps no more state than one address's counter.
 */
export function createAdmission({ authenticate, limiter }: AdmissionOptions): Admission {
  if (limiter === null) return authenticate;
  return async (req, requestId) => {
    let identity: Identity;
    try {
      identity = await authenticate(req, requestId);
    } catch (error) {
      // A signed token with an unknown role (FORBIDDEN) is no guess at a credential.
      if (!isUnauthenticated(error)) throw error;
      const refusal = await limiter.recordFailedAuth(req.socket.remoteAddress ?? 'unknown');
      throw refusal ?? error;
    }
    await limiter.consumePrincipal(identity.actor);
    return identity;
  };
}

function isUnauthenticated(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions['code'] === ERRORS.UNAUTHENTICATED.code;
}
