import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import { Agent, request } from 'undici';
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
  | { readonly kind: 'key'; readonly jwk: JWK }
  | { readonly kind: 'run'; readonly calls: readonly ClientCall[] };

export type ClientReply = { readonly kind: 'done'; readonly failures: readonly string[] };

const agent = new Agent({ keepAliveTimeout: 60_000, connections: 4 });
let key: KeyObject | null = null;

async function post(call: ClientCall): Promise<string | null> {
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
      key = createPrivateKey({ key: { ...message.jwk }, format: 'jwk' });
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
