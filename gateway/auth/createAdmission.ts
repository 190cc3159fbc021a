import type { IncomingMessage } from 'node:http';
import type { Identity } from '../../platform/roles.ts';
import type { RateLimiter } from '../rateLimit/createRateLimiter.ts';
import type { ClientAuthenticator } from './createClientAuthenticator.ts';

export interface AdmissionOptions {
  authenticate: ClientAuthenticator;
  /** `null` admits at any rate (benchmarks). */
  limiter: RateLimiter | null;
}

/** Who a request comes from, or why it is refused; runs before the context exists. */
export type Admission = (req: IncomingMessage, requestId: string) => Promise<Identity>;

/**
 * Rate limits and authentication in the order that keeps refusals cheap: an address that
 * keeps failing authentication is refused before any token work; a failure counts against
 * the address; an authenticated request counts against its principal (`sub`).
 */
export function createAdmission({ authenticate, limiter }: AdmissionOptions): Admission {
  if (limiter === null) return authenticate;
  return async (req, requestId) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    await limiter.checkAddress(address);
    let identity: Identity;
    try {
      identity = await authenticate(req, requestId);
    } catch (error) {
      await limiter.recordFailedAuth(address);
      throw error;
    }
    await limiter.consumePrincipal(identity.actor);
    return identity;
  };
}
