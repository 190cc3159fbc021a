import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { disableVendorTelemetry, readEnv } from '../platform/env.ts';
import { INTERNAL_TOKEN_HEADER } from '../platform/internalToken.ts';
import { loadBenchKeys, signStaticInternalTokens, STATIC_STAFF } from './benchIdentities.ts';
import { benchSupergraphSdl } from './subgraphSdl.ts';

// Configuration (c): stock @apollo/gateway + @apollo/server, `startStandaloneServer`, the
// default RemoteGraphQLDataSource (make-fetch-happen). The only addition: our subgraphs
// refuse unsigned calls, so each data source adds one pre-signed static internal token.
disableVendorTelemetry();
const env = readEnv();
const { internalKey } = await loadBenchKeys(env);
const tokens = signStaticInternalTokens(STATIC_STAFF, internalKey);

class StaticTokenDataSource extends RemoteGraphQLDataSource {
  readonly #token: string;

  constructor(url: string, token: string) {
    super({ url });
    this.#token = token;
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, this.#token);
  }
}

const server = new ApolloServer({
  gateway: new ApolloGateway({
    supergraphSdl: benchSupergraphSdl(env),
    buildService: ({ name, url = '' }) => new StaticTokenDataSource(url, tokens[name] ?? ''),
  }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port: env.gatewayPort, host: env.host },
});
console.log(`stock Apollo gateway (c) at ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
