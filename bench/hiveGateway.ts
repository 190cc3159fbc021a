import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { readEnv } from '../platform/env.ts';
import { INTERNAL_TOKEN_HEADER } from '../platform/internalToken.ts';
import { loadBenchKeys, signStaticInternalTokens, STATIC_STAFF } from './benchIdentities.ts';
import { benchSupergraphSdl } from './subgraphSdl.ts';

// Configuration (d): Hive Gateway's runtime (the engine of the `hive-gateway` CLI) on the same
// supergraph, served by node:http. Defaults otherwise: no usage reporting or tracing is
// configured (both need a Hive token), no GraphiQL or landing page. The one addition, as
// for (c): a header rule that adds the subgraph's pre-signed static internal token.
const env = readEnv();
const { internalKey } = await loadBenchKeys(env);
const tokens = signStaticInternalTokens(STATIC_STAFF, internalKey);
const sdl = benchSupergraphSdl(env);

const gateway = createGatewayRuntime({
  supergraph: () => sdl,
  logging: 'warn',
  graphiql: false,
  landingPage: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ subgraphName }) => ({
      [INTERNAL_TOKEN_HEADER]: tokens[subgraphName.toLowerCase()],
    }),
  },
});
const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(env.gatewayPort, env.host, resolve));
console.log(`Hive Gateway (d) at http://${env.host}:${env.gatewayPort}/graphql`);
process.once('SIGTERM', () => {
  server.close();
  server.closeIdleConnections();
  void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
});
