import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DISCLOSURE_EXTENSION, parseDisclosureReport } from '../../platform/disclosure.ts';
import type { CryptoKey, KeyObject } from 'jose';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../../platform/internalToken.ts';
import type { GatewayContext } from '../GatewayContext.ts';

export interface SigningDataSourceOptions {
  /** Subgraph name: the audience of its internal tokens. */
  name: string;
  url: string;
  key: CryptoKey | KeyObject;
  fetcher?: ConstructorParameters<typeof RemoteGraphQLDataSource>[0] extends infer O
    ? O extends { fetcher?: infer F }
      ? F
      : never
    : never;
}

type ReceivedResponse = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>
>[0];

/**
 * Calls one subgraph with a short-lived token signed by the gateway. The outgoing request is
 * built fresh, so no client header (a spoofed internal token included) is ever forwarded.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #name: string;
  readonly #key: CryptoKey | KeyObject;

  constructor({ name, url, key, fetcher }: SigningDataSourceOptions) {
    super(fetcher === undefined ? { url } : { url, fetcher });
    this.#name = name;
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

  /** Moves the subgraph's disclosure report into the request's audit state. */
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
