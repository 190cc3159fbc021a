import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { listen } from '@dost/platform/listen.ts';
import { onShutdown } from '@dost/platform/onShutdown.ts';
import { loadGatewayTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import { tracingFromEnv } from '@dost/platform/tracing/tracingFromEnv.ts';
import { openLimitStore } from './admission/openLimitStore.ts';
import { openAuditTrail } from './audit/openAuditTrail.ts';
import { createGateway } from './createGateway.ts';
import { parseManifestJson } from './documents/loadManifest.ts';
import { loadGatewayKeys } from './loadGatewayKeys.ts';
import { openSchemaRegistry } from '@dost/schema-registry';
import { createGatewayMetrics } from './metrics/createGatewayMetrics.ts';
import { createMetricsHandler } from './metrics/createMetricsHandler.ts';
import { noopGatewayMetrics } from './metrics/noopGatewayMetrics.ts';

// Entry point only: read config, start, listen, shut down.
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'gateway' });
const keys = await loadGatewayKeys(env);
// Metrics are kept only when something can scrape them (DOST_METRICS_PORT); otherwise no
// prom-client work at all (bench/metricsCost.ts measures what they cost).
const metrics =
  env.metricsPort === undefined
    ? noopGatewayMetrics()
    : createGatewayMetrics({ processMetrics: true });
const audit = await openAuditTrail({ env, key: keys.internal, log, metrics });
// The schema registry, unless DOST_SCHEMA_REGISTRY=off; empty, the committed file is served.
const schemaRegistry = env.schemaRegistry && {
  registry: await openSchemaRegistry({ url: env.schemaRegistry.dbUrl, dataDir: env.dataDir, log }),
  pollMs: env.schemaRegistry.pollMs,
};
// With DOST_REDIS_URL every replica counts against one budget per principal and address.
const limitStore =
  env.redisUrl === undefined || env.rateLimit === false
    ? null
    : openLimitStore({
        url: env.redisUrl,
        keyPrefix: `${env.redisKeyPrefix}:rl`,
        log: log.child({ component: 'rate-limit-store' }),
      });
// Traces only when a collector is named (DOST_OTEL_TRACES_URL, OTEL_EXPORTER_OTLP_ENDPOINT).
const tracing = tracingFromEnv(env, 'dost-gateway');
const gateway = createGateway({
  supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
  ...(schemaRegistry === null ? {} : { schemaRegistry }),
  subgraphUrls: { ...env.otherSubgraphUrls, ...env.subgraphUrls },
  clientAuth: { issuer: env.jwtIssuer, audience: env.jwtAudience, key: keys.client },
  internalSecret: keys.internalSecret,
  audit: audit.writer,
  metrics,
  ...(tracing === null ? {} : { tracer: tracing.tracer }),
  log,
  limits: env.queryLimits,
  rateLimit:
    env.rateLimit === false || limitStore === null
      ? env.rateLimit
      : { ...env.rateLimit, shared: limitStore },
  ...(env.bodyLimit === undefined ? {} : { bodyLimit: env.bodyLimit }),
  subgraphTimeoutMs: env.subgraphTimeoutMs,
  requestDeadlineMs: env.requestDeadlineMs,
  subgraphTls: (await loadGatewayTls(env)) ?? undefined,
  refusePlainSubgraphs: env.nodeEnv === 'production' && !env.allowPlainSubgraphs,
  cors: { origins: env.corsOrigins },
  // The reference one-window app (app/), built by npm start or npm run app:build.
  app: { dir: fileURLToPath(new URL('../app/dist', import.meta.url)) },
  // The committed manifest (npm run codegen), then the registry's (npm run documents:publish).
  documents: {
    manifest: parseManifestJson(
      readFileSync(
        new URL('../clients/generated/persisted-documents.json', import.meta.url),
        'utf8',
      ),
    ),
    freeformRoles: env.freeformRoles,
    ...(schemaRegistry === null
      ? {}
      : { registry: { reader: schemaRegistry.registry.manifests, pollMs: schemaRegistry.pollMs } }),
  },
});
await gateway.start();
const server = await listen(gateway.handlers, { port: env.gatewayPort, host: env.host, log });
log.info({ url: server.url }, 'gateway ready; open it in a browser for the playground');
// Prometheus /metrics on a listener of its own, only when DOST_METRICS_PORT asks for one.
const metricsServer =
  env.metricsPort === undefined
    ? null
    : await listen([createMetricsHandler(metrics.registry)], {
        port: env.metricsPort,
        host: env.metricsHost,
        log,
      });
if (metricsServer !== null) {
  const url = `http://${env.metricsHost}:${metricsServer.port}/metrics`;
  log.info({ url }, 'metrics served');
}
// SIGTERM: stop accepting, let in-flight requests finish (and their audit records commit),
// then close the audit trail (flush, final checkpoint, witness, store).
onShutdown(async () => {
  await server.close();
  await metricsServer?.close();
  await gateway.stop();
  await schemaRegistry?.registry.close();
  await limitStore?.close();
  await audit.close();
  await tracing?.shutdown();
}, log);
