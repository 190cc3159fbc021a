import { createServer } from 'node:http';
import { Agent } from 'node:https';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway';
import { readEnv } from '@dost/platform/env.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import { createCallSigner, loadBenchKeys, STATIC_STAFF } from './benchIdentities.ts';
import { loadBenchTls } from './benchTls.ts';
import { benchSupergraphSdl } from './subgraphSdl.ts';

/**
 * Configurations (d) and (f): Hive Gateway's runtime (the engine of the `hive-gateway` CLI) on
 * the same supergraph, served by node:http. Defaults otherwise: no usage reporting or tracing
 * is configured (both need a Hive token), no GraphiQL or landing page. The one addition, as
 * for (c): an onFetch hook that signs each subgraph call for its exact body; and Hive's
 * `customAgent` (its documented way to configure HTTPS to subgraphs) presents the gateway's
 * client certificate. (f) differs only in its query planner, given as `unifiedGraphHandler`.
 */
export async function startHiveGateway({
  label,
  unifiedGraphHandler,
}: {
  label: string;
  unifiedGraphHandler?: GatewayConfigSupergraph['unifiedGraphHandler'];
}): Promise<void> {
  const env = readEnv();
  const { internalSecret } = await loadBenchKeys(env);
  const sign = createCallSigner(STATIC_STAFF, internalSecret);
  // Hive's onFetch names the URL, not the subgraph: the audience is found from it.
  const subgraphOfUrl = new Map(Object.entries(env.subgraphUrls).map(([name, url]) => [url, name]));
  const sdl = benchSupergraphSdl(env);
  const tls = await loadBenchTls(env);
  // Hive's HTTP client (@whatwg-node/node-fetch) uses node:https's global agent unless given one;
  // this is that agent's configuration in Node 20 (keep-alive, LIFO, 5 s socket timeout) plus
  // the certificate, so that only mutual TLS differs from Hive's defaults.
  const agent = new Agent({
    keepAlive: true,
    scheduling: 'lifo',
    timeout: 5_000,
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
  });

  const gateway = createGatewayRuntime({
    supergraph: () => sdl,
    logging: 'warn',
    ...(unifiedGraphHandler === undefined ? {} : { unifiedGraphHandler }),
    graphiql: false,
    landingPage: false,
    customAgent: ({ url }) => (url.startsWith('https:') ? agent : undefined),
    plugins: () => [
      {
        onFetch({ url, options, setOptions }) {
          const subgraph = subgraphOfUrl.get(url);
          if (subgraph === undefined) return;
          setOptions({
            ...options,
            headers: {
              ...options.headers,
              [INTERNAL_TOKEN_HEADER]: sign(subgraph, String(options.body ?? '')),
            },
          });
        },
      },
    ],
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(env.gatewayPort, env.host, resolve));
  console.log(`${label} at http://${env.host}:${env.gatewayPort}/graphql`);
  process.once('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
  });
}
