import { readFileSync } from 'node:fs';
import { createLogger } from '../platform/createLogger.ts';
import { readEnv } from '../platform/env.ts';
import { listen } from '../platform/listen.ts';
import { onShutdown } from '../platform/onShutdown.ts';
import { createGateway } from './createGateway.ts';
import { loadGatewayKeys } from './loadGatewayKeys.ts';

// Entry point only: read config, start, listen, shut down.
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'gateway' });
const keys = await loadGatewayKeys(env);
const gateway = createGateway({
  supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
  subgraphUrls: env.subgraphUrls,
  clientAuth: { issuer: env.jwtIssuer, audience: env.jwtAudience, key: keys.client },
  internalKey: keys.internal,
  log,
});
await gateway.start();
const server = await listen(gateway.handlers, { port: env.gatewayPort, host: env.host, log });
log.info({ url: server.url }, 'gateway ready; open it in a browser for the playground');
onShutdown(async () => {
  await server.close();
  await gateway.stop();
}, log);
