import { readFileSync } from 'node:fs';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { createAuditCheckpointer } from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import { openAuditWitness } from '@dost/audit-store/witness/openAuditWitness.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { listen } from '@dost/platform/listen.ts';
import { onShutdown } from '@dost/platform/onShutdown.ts';
import { loadGatewayTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import { createGateway } from './createGateway.ts';
import { loadGatewayKeys } from './loadGatewayKeys.ts';

// Entry point only: read config, start, listen, shut down.
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'gateway' });
const keys = await loadGatewayKeys(env);
const auditDb = await openRegistryDb({
  registry: 'audit',
  url: env.dbUrls.audit,
  dataDir: env.dataDir,
  poolMax: env.dbPoolMax,
  acquireTimeoutMs: env.dbAcquireTimeoutMs,
  log,
});
await migrateRegistry(auditDb, auditMigrations);
const { witness: witnessLocation, ...checkpointEvery } = env.auditCheckpoints;
const witness = await openAuditWitness(witnessLocation, { log });
// Signed with the internal key, so that audit:verify can tell this gateway's records from
// anyone else's, and a chain cut back or rewritten under its checkpoints.
const checkpoints = createAuditCheckpointer({
  db: auditDb,
  witness,
  key: keys.internal,
  log: log.child({ component: 'audit-checkpoints' }),
  ...checkpointEvery,
});
const audit = createAuditWriter({
  db: auditDb,
  log: log.child({ component: 'audit' }),
  onBatch: checkpoints.onBatch,
});
// Before serving: a gateway missing from the witness would look like a forger there, and a
// witness that cannot be written (path, rights, database) is better found at deploy time.
await checkpoints.start();
log.info({ witness: witness.name, writer: checkpoints.writer }, 'audit checkpoints started');
const gateway = createGateway({
  supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
  subgraphUrls: env.subgraphUrls,
  clientAuth: { issuer: env.jwtIssuer, audience: env.jwtAudience, key: keys.client },
  internalKey: keys.internal,
  audit,
  log,
  limits: env.queryLimits,
  rateLimit: env.rateLimit,
  ...(env.bodyLimit === undefined ? {} : { bodyLimit: env.bodyLimit }),
  subgraphTimeoutMs: env.subgraphTimeoutMs,
  requestDeadlineMs: env.requestDeadlineMs,
  subgraphTls: (await loadGatewayTls(env)) ?? undefined,
  refusePlainSubgraphs: env.nodeEnv === 'production' && !env.allowPlainSubgraphs,
});
await gateway.start();
const server = await listen(gateway.handlers, { port: env.gatewayPort, host: env.host, log });
log.info({ url: server.url }, 'gateway ready; open it in a browser for the playground');
// SIGTERM: stop accepting, let in-flight requests finish (and their audit records commit),
// then flush what is queued, vouch for it in a final checkpoint and close the pools.
onShutdown(async () => {
  await server.close();
  await gateway.stop();
  await audit.flush();
  await checkpoints.close();
  await witness.close();
  await auditDb.destroy();
}, log);
