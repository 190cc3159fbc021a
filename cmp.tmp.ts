import { randomUUID } from 'node:crypto';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
const db = await openRegistryDb({ registry: 'audit', url: 'mysql://root@127.0.0.1:3306', databasePrefix: 'audittail_cmp_' });
await migrateRegistry(db, auditMigrations);
const entry = () => ({ at: new Date().toISOString(), requestId: randomUUID(), correlationId: null,
  actor: { sub: 'op-17', role: 'operator', centre: 'baku-1', agency: null }, purpose: 'SERVICE_APPLICATION:APP-2026-000123',
  subjects: ['5ZK7P2Q'], registries: ['people'], fields: ['Citizen.fullName'], refused: [], outcome: 'DISCLOSED' as const,
  operationHash: 'a'.repeat(64) });
function burn(ms: number) { const t = performance.now(); while (performance.now() - t < ms); }
async function run(label: string, useWorker: boolean) {
  const worker = useWorker ? createWorkerAppender({ db }) : null;
  const waits: number[] = [];
  const writer = createAuditWriter({ db, onWait: (s) => waits.push(s * 1000), ...(worker ? { append: worker.append } : {}) });
  await writer.record(entry());
  waits.length = 0;
  // 100 req/s for 5 s; each "request" burns 2.5 ms of main-thread CPU in 3 pieces, like a gateway request.
  const t0 = performance.now(); const all: Promise<unknown>[] = [];
  for (let i = 0; i < 500; i++) {
    const due = t0 + i * 10; const w = due - performance.now(); if (w > 1) await new Promise((r) => setTimeout(r, w));
    all.push((async () => { burn(1); await new Promise((r) => setImmediate(r)); burn(1); await new Promise((r) => setImmediate(r)); burn(0.5); await writer.record(entry()); })());
  }
  await Promise.all(all); await writer.flush(); await worker?.close();
  waits.sort((a, b) => a - b);
  console.log(label, 'n', waits.length, 'p50', waits[Math.floor(waits.length * 0.5)]?.toFixed(2), 'p99', waits[Math.floor(waits.length * 0.99)]?.toFixed(2), 'max', waits.at(-1)?.toFixed(2));
}
for (let r = 0; r < 2; r++) { await run('in-thread', false); await run('worker   ', true); }
console.log(await verifyAuditChain(db));
await db.raw('DROP DATABASE audittail_cmp_audit');
await db.destroy();
