import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Pool } from 'undici';
import { Agent, request } from 'undici';
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

// Gateway CPU per S1 request with metrics off and on: two gateways (gateway/index.ts, the
// production entry) over the same six subgraphs, one with no DOST_METRICS_PORT (no
// prom-client work at all, gateway/metrics/noopGatewayMetrics.ts) and one serving /metrics
// (every counter, histogram and prom-client's process collectors), loaded in interleaved
// rounds; each round's CPU is the gateway process's own (/proc/<pid>/stat). After each round
// the metered gateway is scraped once, outside the measured CPU (Prometheus scrapes every 15 s
// or so, not per request), to check that it counted every request; a scrape's own CPU is
// below /proc's 10 ms tick, so metricsWorkCost.ts measures it. Tracing is off in both (tracingCost.ts measures it).
// `npx tsx bench/metricsCost.ts [--rounds 6] [--requests 400] [--concurrency 16]`
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
// baku-1, so every request also makes the case lookup's call to the service desk.
const HOST = '127.0.0.1';
// Ports of their own (5180–5199), apart from tracingCost.ts's, so both can run at once.
const GATEWAY_PORTS = { off: 5187, on: 5188 } as const;
const METRICS_PORT = 5189;
type Mode = keyof typeof GATEWAY_PORTS;

const log = createLogger({ level: 'info', name: 'metrics-cost' });
const dataDir = mkdtempSync(join(tmpdir(), 'dost-metrics-cost-'));
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
  vars[`DOST_${name.toUpperCase()}_PORT`] = String(5181 + i);
  vars[`DOST_${name.toUpperCase()}_URL`] = `https://${HOST}:${5181 + i}/graphql`;
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
      name: `gateway-metrics-${mode}`,
      entry: 'gateway/index.ts',
      env: {
        ...vars,
        DOST_GATEWAY_PORT: String(port),
        ...(mode === 'on'
          ? {
              DOST_DATA_DIR: onDataDir,
              DOST_METRICS_PORT: String(METRICS_PORT),
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
  const metricsUrl = `http://${HOST}:${METRICS_PORT}/metrics`;
  /** S1 requests the metered gateway has counted so far. */
  const scrape = async (): Promise<number> => {
    const answer = await request(metricsUrl);
    const text = await answer.body.text();
    return text
      .split('\n')
      .filter((line) => line.startsWith('dost_gateway_requests_total{operation="OneWindow"'))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  };
  // Warm both up (JIT, pools, the first audit batches) before anything is kept.
  for (let i = 0; i < 2; i++) {
    await load(gateways.off, perRound);
    await load(gateways.on, perRound);
  }
  const results: Record<Mode, number[]> = { off: [], on: [] };
  let counted = await scrape();
  for (let round = 0; round < rounds; round++) {
    const order: Mode[] = round % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const mode of order) results[mode].push(await load(gateways[mode], perRound));
    // The metered gateway counted this round's requests: metrics were on where they should be.
    const seen = await scrape();
    if (seen - counted !== perRound) {
      throw new Error(`metrics counted ${seen - counted} of ${perRound} requests`);
    }
    counted = seen;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const off = median(results.off);
  const on = median(results.on);
  console.log(`S1, ${rounds} interleaved rounds of ${perRound} requests, ${concurrency} in flight`);
  console.log(
    `gateway CPU µs/request, metrics off: ${results.off.map((x) => x.toFixed(0)).join(' ')}`,
  );
  console.log(
    `gateway CPU µs/request, metrics on:  ${results.on.map((x) => x.toFixed(0)).join(' ')}`,
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
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(onDataDir, { recursive: true, force: true });
}
