import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Pool } from 'undici';
import { Agent } from 'undici';
import { createLogger } from '@dost/platform/createLogger.ts';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import { loadOrCreateDevCa } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { signClientToken } from '../scripts/lib/signClientToken.ts';
import { generateProfiles, wholeHouseholds } from '../seed/generateProfiles.ts';
import { seedRegistries } from '../seed/seedRegistries.ts';
import { REGISTRY_SUBGRAPHS } from '../subgraphs/catalog.ts';
import { closeRegistries, openRegistries } from '../subgraphs/openRegistries.ts';
import { loadBenchTls } from './benchTls.ts';
import { createS1CpuLoad } from './measureS1Cpu.ts';
import { spawnService, type Service } from './spawnService.ts';

// Gateway CPU per S1 request with tracing off and on: two gateways (gateway/index.ts, the
// production entry) over the same six subgraphs, one with no collector named (the no-op
// tracer) and one exporting over OTLP/HTTP to a collector that discards, loaded in
// interleaved rounds; each round's CPU is the gateway process's own (/proc/<pid>/stat).
// `npx tsx bench/tracingCost.ts [--rounds 6] [--requests 400] [--concurrency 16]`
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '16' },
  },
});
const rounds = Number(values.rounds);
const perRound = Number(values.requests);
const concurrency = Number(values.concurrency);
// The demo citizens: an operator's SERVICE_APPLICATION cites the citizen's own open case at
// baku-1 (a made-up reference is refused since purposes are bound to cases).
const HOST = '127.0.0.1';
const SINK_PORT = 4431;
const GATEWAY_PORTS = { off: 4421, on: 4422 } as const;
type Mode = keyof typeof GATEWAY_PORTS;

const log = createLogger({ level: 'info', name: 'tracing-cost' });
const dataDir = mkdtempSync(join(tmpdir(), 'dost-tracing-cost-'));
const vars: Record<string, string> = {
  DOST_DATA_DIR: dataDir,
  DOST_DB_URL: '',
  DOST_HOST: HOST,
  LOG_LEVEL: 'warn',
  DOST_RATE_LIMIT: 'off',
  DOST_SUBGRAPH_TLS: 'on',
  DOST_SCHEMA_REGISTRY: 'off',
  APOLLO_TELEMETRY_DISABLED: 'true',
};
Object.keys(REGISTRY_SUBGRAPHS).forEach((name, i) => {
  vars[`DOST_${name.toUpperCase()}_PORT`] = String(4411 + i);
  vars[`DOST_${name.toUpperCase()}_URL`] = `https://${HOST}:${4411 + i}/graphql`;
});
// The children read `vars`; this process needs only the same data folder and SQLite.
const env = { ...readEnv(), dataDir, dbUrls: {} };
const dev = await loadOrCreateDevKeys(dataDir);
await loadOrCreateDevCa(dataDir);
const dbs = await openRegistries(env);
await seedRegistries({
  dbs,
  seed: env.seed,
  citizens: wholeHouseholds(500),
  generate: generateProfiles(env.seed),
  log,
});
await closeRegistries(dbs);
// Each gateway its own copy (keys, CA and registries alike): its own SQLite audit chain.
const onDataDir = `${dataDir}-on`;
cpSync(dataDir, onDataDir, { recursive: true });

const services: Service[] = [];
// A collector that takes every export and keeps nothing, in a process of its own.
const sink = spawn(process.execPath, [
  '-e',
  `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => {
     s.writeHead(200, { 'content-type': 'application/json' }); s.end('{}'); }); })
   .listen(${SINK_PORT}, '${HOST}')`,
]);
const tls = await loadBenchTls(env);
const asGateway = new Agent({ connect: { ca: tls.ca, cert: tls.cert, key: tls.key } });
const pools: Pool[] = [];
try {
  for (const name of Object.keys(REGISTRY_SUBGRAPHS)) {
    services.push(
      await spawnService({
        name: `subgraph-${name}`,
        entry: 'subgraphs/index.ts',
        args: [name],
        env: vars,
        url: vars[`DOST_${name.toUpperCase()}_URL`] ?? '',
        dispatcher: asGateway,
      }),
    );
  }
  const gateway = async (mode: Mode) => {
    const port = GATEWAY_PORTS[mode];
    const service = await spawnService({
      name: `gateway-tracing-${mode}`,
      entry: 'gateway/index.ts',
      env: {
        ...vars,
        DOST_GATEWAY_PORT: String(port),
        ...(mode === 'on'
          ? {
              DOST_DATA_DIR: onDataDir,
              DOST_OTEL_TRACES_URL: `http://${HOST}:${SINK_PORT}/v1/traces`,
            }
          : {}),
      },
      url: `http://${HOST}:${port}/graphql`,
    });
    services.push(service);
    return service;
  };
  const gateways = { off: await gateway('off'), on: await gateway('on') };
  const token = await signClientToken(
    { sub: 'bench-op-1', role: 'operator', centre: 'baku-1' },
    {
      secret: dev.clientSecret,
      issuer: env.jwtIssuer,
      audience: env.jwtAudience,
      ttlSeconds: 3600,
    },
  );
  const load = createS1CpuLoad({ token, concurrency, pools });
  // Warm both up (JIT, pools, the exporter's first batches) before anything is kept.
  for (let i = 0; i < 2; i++) {
    await load(gateways.off, perRound);
    await load(gateways.on, perRound);
  }
  const results: Record<Mode, number[]> = { off: [], on: [] };
  for (let round = 0; round < rounds; round++) {
    const order: Mode[] = round % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const mode of order) results[mode].push(await load(gateways[mode], perRound));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const off = median(results.off);
  const on = median(results.on);
  console.log(`S1, ${rounds} interleaved rounds of ${perRound} requests, ${concurrency} in flight`);
  console.log(
    `gateway CPU µs/request, tracing off: ${results.off.map((x) => x.toFixed(0)).join(' ')}`,
  );
  console.log(
    `gateway CPU µs/request, tracing on:  ${results.on.map((x) => x.toFixed(0)).join(' ')}`,
  );
  // Each round's own difference: the host's drift (other processes) moves both alike.
  const paired = median(results.on.map((x, i) => x - (results.off[i] ?? 0)));
  console.log(
    `median off ${off.toFixed(0)} µs, on ${on.toFixed(0)} µs; median paired difference ${paired.toFixed(0)} µs (${((paired / off) * 100).toFixed(1)} %)`,
  );
} finally {
  for (const pool of pools) await pool.close();
  await asGateway.close();
  for (const service of services.reverse()) await service.stop();
  sink.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(onDataDir, { recursive: true, force: true });
}
