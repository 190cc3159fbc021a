import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv, type Env } from '@dost/platform/env.ts';
import type { Listening } from '@dost/platform/listen.ts';
import { onShutdown } from '@dost/platform/onShutdown.ts';
import { loadSubgraphTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import { tracingFromEnv } from '@dost/platform/tracing/tracingFromEnv.ts';
import { loadInternalCallKey } from './identity/loadInternalCallKey.ts';
import { openRegistry } from './openRegistry.ts';
import type { RegistrySubgraph } from './RegistrySubgraph.ts';
import { startRegistrySubgraph } from './startRegistrySubgraph.ts';

/**
 * Runs a registry subgraph as its process: opens and migrates its database, serves it on its
 * port over mutual TLS to the gateway alone, and on SIGTERM or SIGINT drains the server and
 * closes the database. Everything comes from the environment (`DOST_<NAME>_PORT`,
 * `DOST_DB_URL_<NAME>`, `DOST_INTERNAL_CALL_KEY`, `DOST_TLS_*`), for the names of
 * `DOST_SUBGRAPHS`.
 */
export async function runRegistrySubgraph(
  subgraph: RegistrySubgraph,
  env: Env = readEnv(),
): Promise<Listening> {
  const { name } = subgraph;
  const port = env.subgraphPorts[name];
  const url = env.subgraphUrls[name];
  if (port === undefined || url === undefined) {
    throw new Error(`List ${name} in DOST_SUBGRAPHS and set DOST_${name.toUpperCase()}_PORT.`);
  }
  const log = createLogger({ level: env.logLevel, name });
  const db = await openRegistry(subgraph, {
    url: env.dbUrls[name],
    dataDir: env.dataDir,
    poolMax: env.dbPoolMax,
    acquireTimeoutMs: env.dbAcquireTimeoutMs,
    log,
  });
  // Off unless a collector is named (DOST_OTEL_TRACES_URL, OTEL_EXPORTER_OTLP_ENDPOINT).
  const tracing = tracingFromEnv(env, `dost-${name}`);
  const server = await startRegistrySubgraph({
    subgraph,
    db,
    callKey: loadInternalCallKey(env, name),
    log,
    port,
    host: env.host,
    tls: (await loadSubgraphTls(env, { name, url })) ?? undefined,
    ...(tracing === null ? {} : { tracer: tracing.tracer }),
  });
  log.info({ url: server.url }, 'subgraph ready');
  onShutdown(async () => {
    await server.close();
    await db.destroy();
    await tracing?.shutdown();
  }, log);
  return server;
}
