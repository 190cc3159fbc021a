import { parseArgs } from 'node:util';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { oneWindowAuditEntry } from './oneWindowAuditEntry.ts';

// `npx tsx bench/auditAppendWait.ts [--rate 100] [--seconds 10] [--in-flight 1] [--busy-ms 0] [--worker on]`
// The gateway's audit path alone: records paced at `rate`/s into a writer whose transactions run
// on the audit worker (as the gateway on MariaDB), each record's wait from record() to its
// commit acknowledged, as dost_gateway_audit_wait_seconds. `--busy-ms` keeps the main thread
// busy that long in every 10 ms, as request work keeps the gateway's. A fresh database each run
// (`dost_bench_wait_audit`, dropped after); the chain it wrote is verified at the end.
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    'in-flight': { type: 'string', default: '1' },
    'busy-ms': { type: 'string', default: '0' },
    worker: { type: 'string', default: 'on' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const inFlight = Number(values['in-flight']);
const busyMs = Number(values['busy-ms']);
const databasePrefix = 'dost_bench_wait_';

const db = await openRegistryDb({ registry: 'audit', url: values.url, databasePrefix });
await migrateRegistry(db, auditMigrations);
// `--worker off`: the transactions on this thread, as DOST_AUDIT_WORKER=off (the hop's cost).
const worker = values.worker === 'off' ? null : createWorkerAppender({ db, connections: inFlight });
await worker?.ready();
let batches = 0;
const writer = createAuditWriter({
  db,
  ...(worker === null ? {} : { append: worker.append }),
  onBatch: () => (batches += 1),
  ...(inFlight > 1 ? { maxInFlight: inFlight } : {}),
});

const busy = setInterval(() => {
  const until = performance.now() + busyMs;
  while (performance.now() < until) {
    // Spin: the main thread is taken, as by planning and executing requests.
  }
}, 10);
if (busyMs <= 0) clearInterval(busy);

// Warm up: the worker's connections and the known head.
await Promise.all(Array.from({ length: 20 }, () => writer.record(oneWindowAuditEntry())));
batches = 0;
const waits: number[] = [];
const pending: Promise<void>[] = [];
const start = performance.now();
const total = Math.round(rate * seconds);
for (let i = 0; i < total; i += 1) {
  const due = start + (i * 1000) / rate;
  const ahead = due - performance.now();
  if (ahead > 0) await new Promise((resolve) => setTimeout(resolve, ahead));
  const queued = performance.now();
  pending.push(
    writer.record(oneWindowAuditEntry()).then(() => void waits.push(performance.now() - queued)),
  );
}
await Promise.all(pending);
clearInterval(busy);
await writer.flush();
await worker?.close();
const verified = await verifyAuditChain(db);
await db.raw(`DROP DATABASE IF EXISTS \`${databasePrefix}audit\``);
await db.destroy();

waits.sort((a, b) => a - b);
const at = (q: number) =>
  (waits[Math.min(waits.length - 1, Math.floor(q * waits.length))] ?? NaN).toFixed(1);
console.log(
  JSON.stringify({
    rate,
    seconds,
    inFlight,
    busyMs,
    worker: values.worker,
    records: waits.length,
    batches,
    perBatch: Number((waits.length / batches).toFixed(2)),
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: at(1),
    chain: verified.ok ? 'ok' : 'BROKEN',
    load: Number((await import('node:os')).loadavg()[0]?.toFixed(1)),
  }),
);
