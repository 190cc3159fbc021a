import { generateKeyPairSync } from 'node:crypto';
import { Agent, request } from 'undici';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { reSignToken } from './reSignToken.ts';
import type { HttpAnswer, PreparedCall, SubgraphClient, Signing } from './SubgraphClient.ts';

export interface SubgraphClientOptions {
  /** The subgraph's GraphQL URL, e.g. `https://127.0.0.1:4002/graphql`. */
  url: string;
  /** Its name: the audience the gateway signs its calls for. */
  audience: string;
  /** The subgraph's call key (derived from the gateway's secret for `audience`). */
  key: InternalCallKey;
  /** The gateway's client certificate and the CA the subgraph's certificate chains to. */
  tls?: TlsIdentity | undefined;
  /** Longest wait for one answer. @default 10_000 */
  timeoutMs?: number;
}

// Signs the ES256 attack token: a key of the family a subgraph once trusted, never the MAC's.
const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

/**
 * A client that calls the subgraph as the gateway does (SigningDataSource): a fresh token
 * per call, bound to the audience and the exact body, over mutual TLS when the URL is https.
 */
export function createSubgraphClient(options: SubgraphClientOptions): SubgraphClient {
  const { url, audience, key, tls, timeoutMs = 10_000 } = options;
  const dispatcher = new Agent({
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    ...(tls === undefined ? {} : { connect: { ca: tls.ca, cert: tls.cert, key: tls.key } }),
  });
  const call = async (target: string, init: Parameters<typeof request>[1]) => {
    const response = await request(target, { ...init, dispatcher });
    return toAnswer(response.statusCode, await response.body.text());
  };
  const tokenFor = (body: string, signing: Signing) => {
    const callKey = signing.key ?? key;
    const token = signInternalToken(signing.identity, {
      key: callKey,
      audience: signing.audience ?? audience,
      body: signing.signedBody ?? body,
      ...(signing.ttlSeconds === undefined ? {} : { ttlSeconds: signing.ttlSeconds }),
    });
    return signing.alg === undefined
      ? token
      : reSignToken(token, { alg: signing.alg, callKey, ecKey });
  };
  const client: SubgraphClient = {
    url,
    audience,
    prepare(body, signing) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signing !== null) headers[INTERNAL_TOKEN_HEADER] = tokenFor(body, signing);
      return { body, headers };
    },
    send: ({ body, headers }: PreparedCall) => call(url, { method: 'POST', headers, body }),
    post: (body, signing) => client.send(client.prepare(body, signing)),
    get: (path) => call(new URL(path, url).toString(), { method: 'GET' }),
    close: () => dispatcher.close(),
  };
  return client;
}

function toAnswer(status: number, text: string): HttpAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  return { status, text, json };
}
