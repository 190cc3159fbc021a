import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';

// `npx tsx bench/auditCeiling.ts [--url mysql://root@127.0.0.1:3306] [--seconds 10]`
// The audit chain's ceiling: every append locks the one head row (appendAuditBatch), so the
// chain takes one transaction at a time whatever the number of gateways. W writer processes
// (1, 2, 4: gateway replicas) append for a fixed time, B records per transaction (1: each
// request alone; 20: the group commit a busy gateway's writer makes). Each cell starts from an
// empty chain in a database of its own, and ends by verifying the chain it wrote.
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
    seconds: { type: 'string', default: '10' },
  },
});
const url = values.url;
const seconds = Number(values.seconds);
const WRITER = fileURLToPath(new URL('./auditCeilingWriter.ts', import.meta.url));
const DATABASE_PREFIX = 'dost_bench_ceiling_';

interface Tally {
  readonly records: number;
  /** Each transaction's time, lock wait included. */
  readonly milliseconds: readonly number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return Number(
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1),
  );
}

function startWriter(batch: number): Promise<{ child: ChildProcess; done: Promise<Tally> }> {
  const child = fork(WRITER, [url, DATABASE_PREFIX, String(batch)], {
    execArgv: ['--import', 'tsx'],
  });
  const done = new Promise<Tally>((resolve, reject) => {
    child.on('message', (message) => {
      if (message !== 'ready') resolve(message as Tally);
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`writer exited with ${String(code)}`));
    });
  });
  return new Promise((resolve) => {
    child.once('message', () => resolve({ child, done }));
  });
}

async function measure(writers: number, batch: number) {
  const db = await openRegistryDb({ registry: 'audit', url, databasePrefix: DATABASE_PREFIX });
  await db.raw(`DROP DATABASE IF EXISTS \`${DATABASE_PREFIX}audit\``);
  await db.destroy();
  const fresh = await openRegistryDb({ registry: 'audit', url, databasePrefix: DATABASE_PREFIX });
  await migrateRegistry(fresh, auditMigrations);
  const started = await Promise.all(Array.from({ length: writers }, () => startWriter(batch)));
  const until = Date.now() + seconds * 1_000;
  for (const { child } of started) child.send({ until });
  const tallies = await Promise.all(started.map(({ done }) => done));
  const records = tallies.reduce((sum, t) => sum + t.records, 0);
  const times = tallies.flatMap((t) => t.milliseconds).sort((a, b) => a - b);
  const transactions = times.length;
  const verdict = await verifyAuditChain(fresh);
  await fresh.raw(`DROP DATABASE IF EXISTS \`${DATABASE_PREFIX}audit\``);
  await fresh.destroy();
  if (!verdict.ok || verdict.count !== records) {
    throw new Error(`chain does not verify: ${JSON.stringify(verdict)} for ${records} records`);
  }
  return {
    writers,
    batch,
    recordsPerSecond: Math.round(records / seconds),
    transactionsPerSecond: Math.round(transactions / seconds),
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    verified: verdict.count,
  };
}

const rows = [];
for (const batch of [1, 20]) {
  for (const writers of [1, 2, 4]) rows.push(await measure(writers, batch));
}
const [load1] = loadavg();
console.log(
  `audit chain ceiling: ${String(seconds)} s per cell, ${String(cpus().length)} cores, load ${load1?.toFixed(1) ?? '?'} at the end`,
);
console.table(rows);
