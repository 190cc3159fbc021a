import { harvestDisclosure } from '../audit/harvestDisclosure.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import {
  ResilientDataSource,
  type CallContext,
  type OutgoingHeaders,
  type ResilientDataSourceOptions,
} from './ResilientDataSource.ts';
import type { SubgraphResponse } from './sendSubgraphRequest.ts';

export interface SigningDataSourceOptions extends ResilientDataSourceOptions {
  /** This subgraph's call key (derived from the gateway's secret for `name`, the audience). */
  key: InternalCallKey;
}

/**
 * Calls one subgraph with a short-lived token MAC'd by the gateway for that one call: its
 * subgraph, its exact body and a unique id (@dost/platform/internalToken.ts), so a token seen on
 * the wire opens nothing else. The outgoing headers are built fresh per call, so no client
 * header (a spoofed internal token included) is ever forwarded.
 */
export class SigningDataSource extends ResilientDataSource {
  readonly #name: string;
  readonly #key: InternalCallKey;

  constructor({ key, ...options }: SigningDataSourceOptions) {
    super(options);
    this.#name = options.name;
    this.#key = key;
  }

  protected override willSendRequest(
    headers: OutgoingHeaders,
    context: CallContext,
    body: string,
    traceparent?: string,
  ): void {
    // Health probes and schema loading run without a caller; they carry no identity.
    if (!('identity' in context)) return;
    const { identity } = context;
    // One MAC per call (a few µs): a token shared by two calls would have to cover neither
    // body, and a subgraph would have to accept it twice.
    headers[INTERNAL_TOKEN_HEADER] = signInternalToken(identity, {
      key: this.#key,
      audience: this.#name,
      body,
      // In the signed claims, not a header: a subgraph continues only the traces the gateway
      // started, and a traceparent never travels apart from the identity it belongs to.
      ...(traceparent === undefined ? {} : { traceparent }),
    });
    headers['x-request-id'] = identity.requestId;
  }

  /** The audit's part of the answer (gateway/audit): what the subgraph disclosed. */
  protected override didReceiveResponse(
    response: SubgraphResponse,
    context: CallContext,
  ): SubgraphResponse {
    return harvestDisclosure(this.#name, response, context);
  }
}
