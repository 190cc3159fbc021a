import type { IncomingMessage } from 'node:http';
import { ERRORS } from '../../../platform/errors.ts';
import {
  INTERNAL_TOKEN_HEADER,
  verifyInternalToken,
  type InternalKey,
} from '../../../platform/internalToken.ts';
import type { Identity } from '../../../platform/roles.ts';

/** Establishes who is calling a subgraph; the one place a request's identity enters it. */
export type Authenticator = (req: IncomingMessage) => Promise<Identity>;

/**
 * Accepts only requests carrying a token signed by the gateway for this subgraph. That
 * covers every operation, `_entities` and `_service` included: no registry answers a
 * direct caller.
 */
export function createGatewayAuthenticator({
  gatewayKey,
  audience,
}: {
  gatewayKey: InternalKey;
  audience: string;
}): Authenticator {
  // Stays async for its callers; the verification itself is synchronous.
  return async (req) => {
    const header = req.headers[INTERNAL_TOKEN_HEADER];
    if (typeof header !== 'string') throw ERRORS.UNAUTHENTICATED.err();
    try {
      return verifyInternalToken(header, { key: gatewayKey, audience });
    } catch {
      throw ERRORS.UNAUTHENTICATED.err();
    }
  };
}
