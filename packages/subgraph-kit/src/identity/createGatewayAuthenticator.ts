import type { IncomingMessage } from 'node:http';
import { ERRORS } from '@dost/platform/errors.ts';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@dost/platform/internalToken.ts';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { createReplayGuard, type ReplayGuard } from './createReplayGuard.ts';

/** A verified gateway call: who is calling, and the trace the gateway signed into it. */
export interface GatewayCall {
  readonly identity: Identity;
  /** The signed W3C `traceparent` (token claim `tp`); null when the call is not traced. */
  readonly traceparent: string | null;
}

/**
 * Establishes who is calling a subgraph; the one place a request's identity (and trace
 * context) enters it. `body` is the request body exactly as received: the token must have
 * been signed for it. A `traceparent` header is never read: only the signed claim counts.
 */
export type Authenticator = (req: IncomingMessage, body: string) => Promise<GatewayCall>;

/**
 * Accepts only requests carrying a token the gateway MAC'd with this subgraph's call key
 * (HS256 alone), for this very body, presented for the first time. That covers every operation, `_entities` and
 * `_service` included: no registry answers a direct caller, nor one replaying a call it saw.
 */
export function createGatewayAuthenticator({
  callKey,
  audience,
  replays = createReplayGuard(),
}: {
  /** This subgraph's call key (loadInternalCallKey). */
  callKey: InternalCallKey;
  audience: string;
  /** @default a fresh in-process guard */
  replays?: ReplayGuard;
}): Authenticator {
  // Stays async for its callers; the verification itself is synchronous.
  return async (req, body) => {
    const header = req.headers[INTERNAL_TOKEN_HEADER];
    if (typeof header !== 'string') throw ERRORS.UNAUTHENTICATED.err();
    let call;
    try {
      call = verifyInternalToken(header, { key: callKey, audience, body });
    } catch {
      throw ERRORS.UNAUTHENTICATED.err();
    }
    // Checked only after the signature: an unsigned id must not take a slot in the memory.
    if (!replays.firstUse(call.jti, call.exp)) throw ERRORS.UNAUTHENTICATED.err();
    return { identity: call.identity, traceparent: call.traceparent };
  };
}
