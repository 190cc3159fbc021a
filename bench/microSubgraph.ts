/*
 * CPU cost of one registry subgraph per call and per entity, over a freshly seeded registry:
 * the calls the gateway makes for S1 (one citizen) and S2 (100 citizens). Median of several
 * runs of process.cpuUsage() over many serial calls.
 *
 * Default: in process, through the subgraph's own HTTP handler without a socket, with an
 * authenticator that returns the caller's identity (no token crypto): the GraphQL side alone.
 * --http: the subgraph listens on loopback and a child process (microSubgraphClient.ts)
 * sends the calls with a freshly signed internal token each, as the gateway does; this
 * process counts the subgraph's whole CPU (HTTP, token verification, execution, SQL).
 * --db-url mysql://root@127.0.0.1:3306: MariaDB in a database of its own, dropped at the end.
 *
 *   npx tsx bench/microSubgraph.ts [--http] [--db-url URL] [--citizens 3000] [--runs 7]
 *       [--scale 1] [--only pensions-100]
 *   npx tsx bench/microSubgraph.ts --dump out.json   # every answer of a fixed set, to diff
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/microSubgraph.ts --only X
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { createLogger } from '@dost/platform/createLogger.ts';
import {
  deriveInternalCallKey,
  formatInternalCallKey,
  generateInternalSecret,
} from '@dost/platform/internalCallKey.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { REGISTRY_SUBGRAPHS } from '../subgraphs/catalog.ts';
import { createGatewayAuthenticator, type Authenticator } from '@dost/subgraph-kit';
import type { CitizenProfile } from '../seed/synthetic/CitizenProfile.ts';
import { generateBatch } from '../seed/synthetic/generateBatch.ts';
import { REGISTRY_SEEDERS } from '../seed/registrySeeders.ts';
import { callHandlerInProcess } from './callHandlerInProcess.ts';
import type { ClientCall, ClientMessage, ClientReply } from './microSubgraphClient.ts';
import { MICRO_CASES, dumpQueries, type MicroCase } from './microSubgraphCases.ts';

const { values } = parseArgs({
  options: {
    citizens: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '7' },
    scale: { type: 'string', default: '1' },
    only: { type: 'string' },
    dump: { type: 'string' },
    http: { type: 'boolean', default: false },
    'db-url': { type: 'string' },
  },
});
const citizens = Number(values.citizens);
const runs = Number(values.runs);
const scale = Number(values.scale);
const dbUrl = values['db-url'];
const databasePrefix = `microbench_${randomBytes(3).toString('hex')}_`;

const SEED = 20261125;
const log = createLogger({ level: 'silent' });
const profiles = generateBatch({ seed: SEED, from: 0, to: citizens, count: citizens });
// The gateway's secret: each subgraph holds the key derived for it, the client the secret.
const secret = generateInternalSecret();

type Name = MicroCase['subgraph'];

/** In process, the identity every call runs as; set before each call (calls are serial). */
let caller: Identity | null = null;
const fixedCaller: Authenticator = () =>
  caller === null
    ? Promise.reject(new Error('no caller set'))
    : Promise.resolve({ identity: caller, traceparent: null });

async function startSubgraph(name: Name, population: readonly CitizenProfile[]) {
  const module = REGISTRY_SUBGRAPHS[name];
  const db = await openRegistryDb({
    registry: module.database,
    url: dbUrl,
    dataDir: ':memory:',
    databasePrefix,
  });
  await migrateRegistry(db, module.migrations);
  for (let from = 0; from < population.length; from += 1000) {
    await db.transaction((trx) =>
      REGISTRY_SEEDERS[name]?.(trx, population.slice(from, from + 1000)),
    );
  }
  const subgraph = module.create({
    db,
    log,
    authenticate: values.http
      ? createGatewayAuthenticator({ callKey: deriveInternalCallKey(secret, name), audience: name })
      : fixedCaller,
  });
  await subgraph.start();
  const server: Listening | null = values.http
    ? await listen([subgraph.handler], { log, drainTimeout: 1000 })
    : null;
  return { subgraph, db, server };
}

const started = { people: await startSubgraph('people', profiles) };
const registries = { ...started, pensions: await startSubgraph('pensions', profiles) };

const client: ChildProcess | null = values.http
  ? fork(new URL('./microSubgraphClient.ts', import.meta.url), { execArgv: ['--import', 'tsx'] })
  : null;

function ask(message: ClientMessage): Promise<ClientReply> {
  if (client === null) throw new Error('no client process');
  const reply = once(client, 'message') as Promise<[ClientReply]>;
  client.send(message);
  return reply.then(([answer]) => answer);
}

if (client !== null) await ask({ kind: 'key', secret: formatInternalCallKey(secret) });

/** A fixed pseudo-random stream, so every run draws the same FINs. */
function drawer(pool: readonly string[]) {
  let state = 12345;
  return (count: number): string[] =>
    Array.from({ length: count }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return pool[state % pool.length] ?? '';
    });
}

const pools = {
  population: profiles.map((p) => p.fin),
  pensioners: profiles.filter((p) => p.pension !== null).map((p) => p.fin),
};

const bodyOf = (theCase: MicroCase, fins: readonly string[]) =>
  JSON.stringify({ query: theCase.query, variables: theCase.variables(fins) });

async function callInProcess(name: Name, identity: Identity, body: string) {
  caller = identity;
  return callHandlerInProcess(registries[name].subgraph.handler, body, {
    'x-request-id': identity.requestId,
  });
}

/** Runs the calls serially; returns the failures. */
async function runCalls(calls: readonly ClientCall[], name: Name): Promise<string[]> {
  if (client !== null) return [...(await ask({ kind: 'run', calls })).failures];
  const failures: string[] = [];
  for (const call of calls) {
    const answer = await callInProcess(name, call.identity, call.body);
    if (answer.status !== 200 || answer.body.includes('"errors"')) {
      failures.push(`${answer.status} ${answer.body.slice(0, 200)}`);
    }
  }
  return failures;
}

/** CPU µs per call over `count` serial calls. */
async function cpuPerCall(theCase: MicroCase, draw: (n: number) => string[], count: number) {
  const url = registries[theCase.subgraph].server?.url ?? '';
  const calls = Array.from({ length: count }, (_, i) => ({
    url,
    audience: theCase.subgraph,
    identity: { ...theCase.identity, requestId: `bench-${i}-${randomBytes(4).toString('hex')}` },
    body: bodyOf(theCase, draw(theCase.batch)),
  }));
  const before = process.cpuUsage();
  const failures = await runCalls(calls, theCase.subgraph);
  const used = process.cpuUsage(before);
  if (failures.length > 0) throw new Error(`${theCase.id}: ${failures[0]}`);
  return (used.user + used.system) / count;
}

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(theCase: MicroCase) {
  const draw = drawer(pools[theCase.pool]);
  const count = Math.max(20, Math.round((theCase.batch === 1 ? 600 : 60) * scale));
  await cpuPerCall(theCase, draw, count); // warm-up: JIT, statement caches
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await cpuPerCall(theCase, draw, count));
  const perCall = median(samples);
  console.log(
    `${theCase.id.padEnd(24)} ${perCall.toFixed(0).padStart(7)} µs/call ` +
      `${(perCall / theCase.batch).toFixed(1).padStart(7)} µs/entity ` +
      `(min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}, ` +
      `${runs}×${count} calls)`,
  );
}

async function dump(path: string) {
  const answers: Record<string, unknown> = {};
  for (const { id, theCase, fins } of dumpQueries(pools)) {
    const identity = { ...theCase.identity, requestId: `dump-${id}` };
    const answer = await callInProcess(theCase.subgraph, identity, bodyOf(theCase, fins));
    const { 'x-request-id': _id, ...headers } = answer.headers;
    answers[id] = { status: answer.status, headers, body: answer.body };
  }
  writeFileSync(path, `${JSON.stringify(answers, null, 1)}\n`);
  console.log(`${Object.keys(answers).length} answers written to ${path}`);
}

console.log(
  `${values.http ? 'HTTP + signed token' : 'in process'}, ${dbUrl === undefined ? 'SQLite' : 'MariaDB'}, ` +
    `${citizens} citizens, ${pools.pensioners.length} pensioners`,
);
try {
  if (values.dump !== undefined) {
    if (values.http) throw new Error('--dump runs in process');
    await dump(values.dump);
  } else {
    for (const theCase of MICRO_CASES) {
      if (values.only !== undefined && !theCase.id.startsWith(values.only)) continue;
      await measure(theCase);
    }
  }
} finally {
  client?.disconnect();
  for (const { subgraph, db, server } of Object.values(registries)) {
    await server?.close();
    await subgraph.stop();
    await dropDatabase(db);
  }
}

async function dropDatabase(db: Knex) {
  if (dbUrl !== undefined) {
    const [rows] = (await db.raw('SELECT DATABASE() AS name')) as [{ name: string }[]];
    const name = rows[0]?.name ?? '';
    if (name.startsWith(databasePrefix)) await db.raw(`DROP DATABASE \`${name}\``);
  }
  await db.destroy();
}
