import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { ForeignAlgorithm } from './reSignToken.ts';
import type { Identity } from '@dost/platform/roles.ts';

/** One HTTP answer of the subgraph: its status, and its body as JSON when it was JSON. */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  /** The parsed body; undefined when it was not JSON. */
  readonly json: unknown;
}

/** How a call is signed; every field but `identity` defaults to the gateway's own signing. */
export interface Signing {
  readonly identity: Identity;
  /** @default the subgraph's call key */
  readonly key?: InternalCallKey;
  /** @default the subgraph's name */
  readonly audience?: string;
  /** The body the token is signed for. @default the body sent */
  readonly signedBody?: string;
  /** @default INTERNAL_TOKEN_TTL_SECONDS */
  readonly ttlSeconds?: number;
  /** Re-signs the token's claims under an algorithm the subgraph must refuse. @default HS256 */
  readonly alg?: ForeignAlgorithm;
}

/** A signed (or deliberately unsigned) call, kept so that it can be sent again verbatim. */
export interface PreparedCall {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The suite's only way to the subgraph: HTTP(S), with the gateway's certificate and key. */
export interface SubgraphClient {
  /** The GraphQL URL under test. */
  readonly url: string;
  /** The name calls are signed for. */
  readonly audience: string;
  /** Builds a POST to the GraphQL URL; `signing` null sends no token. */
  prepare(body: string, signing: Signing | null): PreparedCall;
  send(call: PreparedCall): Promise<HttpAnswer>;
  /** prepare + send. */
  post(body: string, signing: Signing | null): Promise<HttpAnswer>;
  /** GET a path beside the GraphQL URL (`/healthz`, `/metrics`). */
  get(path: string): Promise<HttpAnswer>;
  close(): Promise<void>;
}
