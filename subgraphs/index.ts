import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { onShutdown } from '@dost/platform/onShutdown.ts';
import { loadSubgraphTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import { isRegistrySubgraphName, REGISTRY_SUBGRAPHS } from './catalog.ts';
import { loadGatewayPublicKey } from './kit/identity/loadGatewayPublicKey.ts';
import { openRegistry } from './openRegistries.ts';
import { startRegistrySubgraph } from './startRegistrySubgraph.ts';

// Entry point only: `npm run start:subgraph -- <name>` runs one registry subgraph.
const name = process.argv[2];
if (!isRegistrySubgraphName(name)) {
  throw new Error(`Name a subgraph: ${Object.keys(REGISTRY_SUBGRAPHS).join(', ')}`);
}
const env = readEnv();
const port = env.subgraphPorts[name];
const url = env.subgraphUrls[name];
if (port === undefined || url === undefined) {
  throw new Error(`${name} is not among DOST_SUBGRAPHS (${env.subgraphs.join(', ')})`);
}
const log = createLogger({ level: env.logLevel, name });
const db = await openRegistry(name, { ...env, log });
const server = await startRegistrySubgraph({
  name,
  db,
  gatewayKey: await loadGatewayPublicKey(env),
  log,
  port,
  host: env.host,
  tls: (await loadSubgraphTls(env, { name, url })) ?? undefined,
});
log.info({ url: server.url }, 'subgraph ready');
onShutdown(async () => {
  await server.close();
  await db.destroy();
}, log);
