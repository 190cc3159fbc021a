import { createHash, randomUUID } from 'node:crypto';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';
import { appendAuditBatch } from '@dost/audit-store/appendAuditBatch.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';

// One writer of bench/auditCeiling.ts, in a process of its own as each gateway replica is:
// its own connection, one transaction in flight at a time (as createAuditWriter), `batch`
// records per transaction. Forked with: <mysql url> <database prefix> <batch>.
const [url, databasePrefix, batchArg] = process.argv.slice(2);
if (url === undefined || databasePrefix === undefined || batchArg === undefined) {
  throw new Error('usage: auditCeilingWriter.ts <mysql url> <database prefix> <batch>');
}
const batch = Number(batchArg);
const db = await openRegistryDb({ registry: 'audit', url, databasePrefix, poolMax: 1 });
const operationHash = createHash('sha256').update('{ citizen { fullName } }').digest('hex');

/** A one-window read as the gateway records it, with a fresh request id. */
function entry(): AuditEntry {
  return {
    at: new Date().toISOString(),
    requestId: randomUUID(),
    correlationId: null,
    actor: { sub: 'op-17', role: 'operator', centre: 'baku-1', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    subjects: ['5ZK7P2Q'],
    registries: ['people', 'pensions', 'disability'],
    fields: ['Citizen.fullName', 'LabourPension.status', 'DisabilityRecord.degree'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash,
  };
}

process.on('message', (message: { until: number }) => {
  void (async () => {
    let records = 0;
    // Each append's time, lock wait included: it grows with writers when the lock serialises.
    const milliseconds: number[] = [];
    while (Date.now() < message.until) {
      const started = performance.now();
      await appendAuditBatch(db, Array.from({ length: batch }, entry));
      milliseconds.push(performance.now() - started);
      records += batch;
    }
    await db.destroy();
    process.send?.({ records, milliseconds }, () => process.exit(0));
  })();
});
process.send?.('ready');
