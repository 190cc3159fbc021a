import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { onShutdown } from '@dost/platform/onShutdown.ts';
import { openSchemaRegistry } from '@dost/schema-registry';
import { createRegistryServer } from './createRegistryServer.ts';
import { loadPublisherKeys } from './loadPublisherKeys.ts';

// `npm run start:registry`: the schema registry's HTTP service, for agencies' `dost-schema`.
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'schema-registry' });
if (env.schemaRegistry === null) {
  log.error('DOST_SCHEMA_REGISTRY=off: there is no registry to serve');
  process.exit(2);
}
const { publicKey } = loadPublisherKeys(env);
const registry = await openSchemaRegistry({
  url: env.schemaRegistry.dbUrl,
  dataDir: env.dataDir,
  log,
});
const server = await createRegistryServer({
  registry,
  publicKey,
  operations: env.schemaRegistry.operations,
  manifests: registry.manifests,
  log,
  port: env.schemaRegistry.port,
  host: env.host,
});
log.info({ url: `http://${env.host}:${server.port}/` }, 'schema registry listening');
onShutdown(async () => {
  await server.close();
  await registry.close();
}, log);
