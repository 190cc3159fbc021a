/*
 * CPU per SELECT in the subgraph process, knex's query builder (built and compiled on every
 * call) against selectCompiled (compiled once per shape, then db.raw), on the same table and
 * FINs: what the statement cache saves each registry lookup. Median of several runs of
 * process.cpuUsage() over many serial statements.
 *
 *   npx tsx bench/microStatements.ts [--db-url mysql://root@127.0.0.1:3306] [--runs 7]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { selectCompiled } from '@dost/subgraph-kit';

const { values } = parseArgs({
  options: {
    'db-url': { type: 'string' },
    runs: { type: 'string', default: '7' },
    statements: { type: 'string', default: '3000' },
  },
});
const dbUrl = values['db-url'];
const runs = Number(values.runs);
const statements = Number(values.statements);
const databasePrefix = `microstmt_${randomBytes(3).toString('hex')}_`;

const db = await openRegistryDb({ registry: 'm', url: dbUrl, dataDir: ':memory:', databasePrefix });
await db.schema.createTable('t', (table) => {
  table.bigIncrements('id');
  table.string('fin', 7).notNullable().index();
  table.integer('amount').notNullable();
});
const FINS = Array.from({ length: 500 }, (_, i) => `F${String(i).padStart(6, '0')}`);
await db('t').insert(FINS.map((fin, i) => ({ fin, amount: i })));

const builder = (fins: readonly string[]) => db('t').select('*').whereIn('fin', fins).orderBy('id');
const ways: Record<string, (fins: readonly string[]) => Promise<unknown>> = {
  'query builder': (fins) => builder(fins),
  selectCompiled: (fins) => selectCompiled(db, 't.byFin', fins, () => builder(fins)),
};

async function cpuPerStatement(run: (fins: readonly string[]) => Promise<unknown>, batch: number) {
  const before = process.cpuUsage();
  for (let i = 0; i < statements; i++) {
    const from = (i * 7) % (FINS.length - batch);
    await run(FINS.slice(from, from + batch));
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / statements;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

console.log(`${dbUrl === undefined ? 'SQLite' : 'MariaDB'}, ${statements} statements a run`);
try {
  for (const batch of [1, 100]) {
    const samples: Record<string, number[]> = {};
    // Interleaved, so drift on the machine falls on both alike.
    for (let run = 0; run <= runs; run++) {
      for (const [name, way] of Object.entries(ways)) {
        const perStatement = await cpuPerStatement(way, batch);
        if (run > 0) (samples[name] ??= []).push(perStatement); // run 0 warms up
      }
    }
    for (const [name, list] of Object.entries(samples)) {
      console.log(
        `IN-list of ${String(batch).padStart(3)}  ${name.padEnd(14)} ${median(list)?.toFixed(1)} µs ` +
          `(min ${Math.min(...list).toFixed(1)}, max ${Math.max(...list).toFixed(1)})`,
      );
    }
  }
} finally {
  await dropDatabase(db);
}

async function dropDatabase(knex: Knex) {
  if (dbUrl !== undefined) await knex.raw(`DROP DATABASE IF EXISTS \`${databasePrefix}m\``);
  await knex.destroy();
}
