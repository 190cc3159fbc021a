import { Agent, request } from 'undici';
import {
  deriveInternalCallKey,
  parseInternalCallKey,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import type { Identity } from '@dost/platform/roles.ts';

/*
 * The gateway's side of `microSubgraph.ts --http`, in its own process so that the measuring
 * process counts the subgraph's CPU alone: posts each call over a keep-alive connection with
 * a freshly signed internal token (as the gateway signs one per request) and waits for it.
 */

export interface ClientCall {
  readonly url: string;
  readonly audience: string;
  readonly identity: Identity;
  readonly body: string;
}

export type ClientMessage =
  /** The gateway's secret (base64url): the client derives each audience's key, as it does. */
  | { readonly kind: 'key'; readonly secret: string }
  | { readonly kind: 'run'; readonly calls: readonly ClientCall[] };

export type ClientReply = { readonly kind: 'done'; readonly failures: readonly string[] };

const agent = new Agent({ keepAliveTimeout: 60_000, connections: 4 });
let secret: InternalCallKey | null = null;
const callKeys = new Map<string, InternalCallKey>();

function callKeyFor(audience: string): InternalCallKey | null {
  if (secret === null) return null;
  let key = callKeys.get(audience);
  if (key === undefined) {
    key = deriveInternalCallKey(secret, audience);
    callKeys.set(audience, key);
  }
  return key;
}

async function post(call: ClientCall): Promise<string | null> {
  const key = callKeyFor(call.audience);
  if (key === null) return 'no signing key';
  const token = signInternalToken(call.identity, { key, audience: call.audience, body: call.body });
  const response = await request(call.url, {
    method: 'POST',
    dispatcher: agent,
    headers: {
      'content-type': 'application/json',
      'x-request-id': call.identity.requestId,
      [INTERNAL_TOKEN_HEADER]: token,
    },
    body: call.body,
  });
  const text = await response.body.text();
  return response.statusCode === 200 && !text.includes('"errors"')
    ? null
    : `${response.statusCode} ${text.slice(0, 200)}`;
}

process.on('message', (message: ClientMessage) => {
  void (async () => {
    if (message.kind === 'key') {
      secret = parseInternalCallKey(message.secret, 'bench secret');
      process.send?.({ kind: 'done', failures: [] } satisfies ClientReply);
      return;
    }
    const failures: string[] = [];
    for (const call of message.calls) {
      const failure = await post(call);
      if (failure !== null) failures.push(failure);
    }
    process.send?.({ kind: 'done', failures } satisfies ClientReply);
  })();
});
process.on('disconnect', () => {
  void agent.close();
});
