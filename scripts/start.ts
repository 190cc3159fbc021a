import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@dost/platform/createLogger.ts';
import { loadOrCreateDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import { loadOrCreateDevCa } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { isBuiltInSubgraphName } from '@dost/platform/subgraphList.ts';
import { ensureAppBuilt } from './lib/ensureAppBuilt.ts';
import { processCommand, runsCompiled } from './lib/processCommand.ts';

// `npm start`: seed the registries on first run, then run the registry subgraphs (one process,
// each its own HTTP server), the gateway and the schema registry, until Ctrl-C.
const started = performance.now();
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'start' });
if (env.nodeEnv !== 'production') {
  await loadOrCreateDevKeys(env.dataDir);
  loadOrCreateDevInternalSecret(env.dataDir);
  // Made here once, before six processes start and each would race to make it.
  if (env.subgraphTls && env.tlsFiles === null) await loadOrCreateDevCa(env.dataDir);
}

// The reference app at /app/: rebuilt here when its sources changed, so `npm start` stays one
// command on a fresh clone. Production images build it when they are made (npm run app:build).
if (env.nodeEnv !== 'production' && (await ensureAppBuilt())) log.info('one-window app built');

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
let stopping = false;
// `npm start` runs dist/start.js, and its children from dist/ too: plain node, no compiler
// in memory. Run from TypeScript (tsx scripts/start.ts), the children run through tsx.
const compiled = runsCompiled();

// Seed on first run (and resume a cut one), in a child of its own: the launcher then stays
// small while the system runs, instead of keeping the generator's and the drivers' memory.
const seeding = spawn(process.execPath, processCommand({ root, entry: 'seed', compiled }), {
  cwd: root,
  stdio: 'inherit',
});
const seeded = await new Promise<number | null>((resolve) => seeding.once('exit', resolve));
if (seeded !== 0) {
  log.error({ code: seeded }, 'seeding the registries failed');
  process.exit(1);
}

function run(entry: 'gateway' | 'subgraph' | 'registry', ...args: string[]): void {
  // Own process group: Ctrl-C reaches only this script, which then stops each child once
  // with SIGTERM so that it drains; a second signal would make the child exit at once.
  const command = processCommand({ root, entry, compiled });
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
  });
  child.on('exit', (code) => {
    if (stopping) return;
    log.error({ entry, args, code }, 'a process stopped; stopping the rest');
    stop(1);
  });
  children.push(child);
}

function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve)))).then(
    () => process.exit(exitCode),
    () => process.exit(1),
  );
}

// Every subgraph of the deployment this repository serves, in one process: each keeps its own
// port, database, pool and metrics, and the machine saves five Node runtimes (a deployment
// runs one per pod, deploy/). Any other subgraph (an agency's) runs on its own host, at its
// DOST_<NAME>_URL.
const served = env.subgraphs.filter(isBuiltInSubgraphName);
for (const name of env.subgraphs.filter((each) => !isBuiltInSubgraphName(each))) {
  log.info({ subgraph: name, url: env.subgraphUrls[name] }, 'served elsewhere');
}
if (served.length > 0) run('subgraph', ...served);
run('gateway');
// Agencies check and publish their subgraphs here (`dost-schema`); the gateway follows it.
if (env.schemaRegistry !== null) run('registry');
process.once('SIGINT', () => stop(0));
process.once('exit', () => children.forEach((child) => child.kill('SIGTERM')));
process.once('SIGTERM', () => stop(0));

const health = `http://${env.host}:${env.gatewayPort}/healthz`;
for (let attempt = 0; attempt < 120 && !stopping; attempt += 1) {
  const ok = await fetch(health).then(
    (response) => response.ok,
    () => false,
  );
  if (ok) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\nDOST One Window is up in ${seconds} s.`);
    console.log(`  Playground: http://${env.host}:${env.gatewayPort}/graphql (open in a browser)`);
    console.log(`  App:        http://${env.host}:${env.gatewayPort}/app/`);
    console.log('  Token:      npm run -s token -- --role operator --sub op-17 --centre baku-1');
    if (env.schemaRegistry !== null) {
      console.log(`  Registry:   http://${env.host}:${env.schemaRegistry.port}/ (dost-schema)`);
    }
    console.log('  Stop:       Ctrl-C\n');
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
