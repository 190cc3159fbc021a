import { appendAuditBatch } from '@dost/audit-store/appendAuditBatch.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { oneWindowAuditEntry } from './oneWindowAuditEntry.ts';

// One writer of bench/auditCeiling.ts, in a process of its own as each gateway replica is:
// its own connection, one transaction in flight at a time (as createAuditWriter), `batch`
// records per transaction. Forked with: <mysql url> <database prefix> <batch>.
const [url, databasePrefix, batchArg] = process.argv.slice(2);
if (url === undefined || databasePrefix === undefined || batchArg === undefined) {
  throw new Error('usage: auditCeilingWriter.ts <mysql url> <database prefix> <batch>');
}
const batch = Number(batchArg);
const db = await openRegistryDb({ registry: 'audit', url, databasePrefix, poolMax: 1 });

process.on('message', (message: { until: number }) => {
  void (async () => {
    let records = 0;
    // Each append's time, lock wait included: it grows with writers when the lock serialises.
    const milliseconds: number[] = [];
    while (Date.now() < message.until) {
      const started = performance.now();
      await appendAuditBatch(db, Array.from({ length: batch }, oneWindowAuditEntry));
      milliseconds.push(performance.now() - started);
      records += batch;
    }
    await db.destroy();
    process.send?.({ records, milliseconds }, () => process.exit(0));
  })();
});
process.send?.('ready');
