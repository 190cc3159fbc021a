import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { disableVendorTelemetry, readEnv } from '@dost/platform/env.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import {
  createCallSigner,
  loadBenchKeys,
  STATIC_STAFF,
  type CallSigner,
} from './benchIdentities.ts';
import { loadBenchTls } from './benchTls.ts';
import { benchSupergraphSdl } from './subgraphSdl.ts';
import { withClientCertificate } from './withClientCertificate.ts';

// Configuration (c): stock @apollo/gateway + @apollo/server, `startStandaloneServer`, the
// default RemoteGraphQLDataSource (make-fetch-happen). The only additions: our subgraphs
// refuse unsigned calls, so each call carries an internal token signed for its body; and
// they answer only the gateway's client certificate, so the stock client presents it.
disableVendorTelemetry();
const env = readEnv();
const { internalSecret } = await loadBenchKeys(env);
const sign = createCallSigner(STATIC_STAFF, internalSecret);
const tls = await loadBenchTls(env);

/**
 * Signs in the fetcher, the one hook that sees the exact body the data source sends; the
 * stock make-fetch-happen client underneath is kept, given the client certificate.
 */
class SignedCallDataSource extends RemoteGraphQLDataSource {
  constructor(url: string, name: string, signer: CallSigner) {
    super({ url });
    const stock = withClientCertificate(this.fetcher, tls);
    this.fetcher = (input, init = {}) =>
      stock(input, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          [INTERNAL_TOKEN_HEADER]: signer(name, String(init.body ?? '')),
        },
      });
  }
}

const server = new ApolloServer({
  gateway: new ApolloGateway({
    supergraphSdl: benchSupergraphSdl(env),
    buildService: ({ name, url = '' }) => new SignedCallDataSource(url, name, sign),
  }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port: env.gatewayPort, host: env.host },
});
console.log(`stock Apollo gateway (c) at ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
