import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { DISCLOSURE_EXTENSION, parseDisclosureReport } from '../../platform/disclosure.ts';
import type { CryptoKey, KeyObject } from 'jose';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../../platform/internalToken.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { ResilientDataSource, type ResilientDataSourceOptions } from './ResilientDataSource.ts';

export interface SigningDataSourceOptions extends ResilientDataSourceOptions {
  /** The gateway's private key; `name` is the audience of the tokens it signs. */
  key: CryptoKey | KeyObject;
}

type ReceivedResponse = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>
>[0];

/**
 * Calls one subgraph with a short-lived token signed by the gateway. The outgoing request is
 * built fresh, so no client header (a spoofed internal token included) is ever forwarded.
 */
export class SigningDataSource extends ResilientDataSource {
  readonly #name: string;
  readonly #key: CryptoKey | KeyObject;

  constructor({ key, ...options }: SigningDataSourceOptions) {
    super(options);
    this.#name = options.name;
    this.#key = key;
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Health probes and schema loading run without a caller; they carry no identity.
    if (!('identity' in context)) return;
    const { identity, internalTokens } = context;
    let token = internalTokens.get(this.#name);
    if (token === undefined) {
      token = signInternalToken(identity, { key: this.#key, audience: this.#name });
      internalTokens.set(this.#name, token);
    }
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await token);
    request.http?.headers.set('x-request-id', identity.requestId);
  }

  /**
   * Moves the subgraph's disclosure report into the request's audit state. Only a subgraph
   * that answered gets here, so a registry that failed or timed out adds nothing to the
   * audit record: it disclosed nothing.
   */
  override didReceiveResponse({
    response,
    context,
  }: ReceivedResponse): ReceivedResponse['response'] {
    const report = parseDisclosureReport(response.extensions?.[DISCLOSURE_EXTENSION]);
    if (report !== null && 'disclosure' in context) context.disclosure.add(this.#name, report);
    if (response.extensions === undefined) return response;
    const { [DISCLOSURE_EXTENSION]: _report, ...extensions } = response.extensions;
    return { ...response, extensions };
  }
}
