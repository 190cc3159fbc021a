import type { KeyObject } from 'node:crypto';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { createAuditCheckpointer } from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import { auditDialect } from '@dost/audit-store/auditDialect.ts';
import { createAuditWriter, type AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { openAuditWitness } from '@dost/audit-store/witness/openAuditWitness.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { Env } from '@dost/platform/env.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import type { GatewayMetrics } from '../metrics/createGatewayMetrics.ts';

/**
 * Batches the audit worker commits at once (pipelined, each linked to the one before; see
 * createAppender). One: two in flight did not pay in bench/auditAppendWait.ts (BENCHMARKS.md,
 * "One round trip per audit batch"): smaller batches, no lower wait.
 */
const AUDIT_BATCHES_IN_FLIGHT = 1;

/** The gateway's side of the audit trail, ready to record. */
export interface AuditTrail {
  readonly writer: AuditWriter;
  /**
   * After the server has drained: commits what is queued, vouches for it in a final
   * checkpoint, and closes the witness and the store, in that order.
   */
  close(): Promise<void>;
}

/**
 * Opens everything the fail-closed audit needs, in one place: the store (migrated), the
 * witness outside it, the checkpointer that signs the chain head into the witness, and the
 * group-commit writer that tells the checkpointer which records are its own.
 */
export async function openAuditTrail({
  env,
  key,
  log,
  metrics,
}: {
  env: Pick<Env, 'dbUrls' | 'dataDir' | 'dbPoolMax' | 'dbAcquireTimeoutMs' | 'auditCheckpoints'>;
  /** The gateway's internal private key: checkpoints are signed with it. */
  key: KeyObject;
  log: Logger;
  /** Told of each commit and of the store's pool (gateway/metrics). @default none */
  metrics?: Pick<GatewayMetrics, 'auditBatch' | 'auditWaited' | 'watchPool'>;
}): Promise<AuditTrail> {
  const db = await openRegistryDb({
    registry: 'audit',
    url: env.dbUrls.audit,
    dataDir: env.dataDir,
    poolMax: env.dbPoolMax,
    acquireTimeoutMs: env.dbAcquireTimeoutMs,
    log,
  });
  await migrateRegistry(db, auditMigrations);
  const { witness: location, worker: useWorker, ...every } = env.auditCheckpoints;
  const witness = await openAuditWitness(location, { log });
  // Signed with the internal key, so that audit:verify can tell this gateway's records from
  // anyone else's, and a chain cut back or rewritten under its checkpoints.
  const checkpoints = createAuditCheckpointer({
    db,
    witness,
    key,
    log: log.child({ component: 'audit-checkpoints' }),
    ...every,
  });
  // MariaDB: each batch's one round trip answered on a thread that waits for nothing else.
  const worker =
    useWorker && auditDialect(db) === 'mysql'
      ? createWorkerAppender({
          db,
          log: log.child({ component: 'audit-worker' }),
          connections: AUDIT_BATCHES_IN_FLIGHT,
        })
      : null;
  const writer = createAuditWriter({
    db,
    ...(worker === null ? {} : { append: worker.append, maxInFlight: AUDIT_BATCHES_IN_FLIGHT }),
    log: log.child({ component: 'audit' }),
    onBatch: (committed) => {
      checkpoints.onBatch(committed);
      metrics?.auditBatch(committed);
    },
    ...(metrics === undefined ? {} : { onWait: (seconds: number) => metrics.auditWaited(seconds) }),
  });
  // A worker that cannot load (a build that left its file out) is found now, not per request.
  await worker?.ready();
  metrics?.watchPool('audit', db);
  // Before serving: a gateway missing from the witness would look like a forger there, and a
  // witness that cannot be written (path, rights, database) is better found at deploy time.
  await checkpoints.start();
  log.info({ witness: witness.name, writer: checkpoints.writer }, 'audit checkpoints started');
  return {
    writer,
    async close() {
      await writer.flush();
      await worker?.close();
      await checkpoints.close();
      await witness.close();
      await db.destroy();
    },
  };
}
