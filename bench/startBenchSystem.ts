import { Agent } from 'undici';
import type { Env } from '@dost/platform/env.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { REGISTRY_SUBGRAPHS } from '../subgraphs/catalog.ts';
import {
  BENCH_HOST,
  GATEWAY_A_METRICS_PORT,
  GATEWAY_PORTS,
  SUBGRAPH_PORTS,
  subgraphUrl,
  type BenchRuntime,
  type ConfigId,
} from './benchSettings.ts';
import { spawnService, type Service } from './spawnService.ts';
import { DIST_DIR, type BuildEntry } from '../scripts/build/entries.ts';

/**
 * What each gateway configuration runs; (e) has none, it calls a subgraph directly. (a) is
 * the project's own gateway, run as `npm start` runs it (its bundle) unless `runtime` is tsx;
 * the others are bench-only entries, always through tsx (the peers' own code is plain JS).
 */
const GATEWAY_ENTRIES: Record<Exclude<ConfigId, 'e'>, string> = {
  a: 'gateway/index.ts',
  b: 'bench/unprotectedGateway.ts',
  c: 'bench/stockApolloGateway.ts',
  d: 'bench/hiveGateway.ts',
  f: 'bench/hiveRouterGateway.ts',
};

export interface BenchSystem {
  readonly subgraphs: Readonly<Record<string, Service>>;
  readonly gateways: Partial<Record<ConfigId, Service>>;
  stop(): Promise<void>;
}

/**
 * Environment every process of the bench gets: MariaDB, quiet logs, the bench ports, and
 * gateway ↔ subgraph over mutual TLS with the development CA in the data folder.
 */
export function benchEnv(env: Env, dbUrl: string): Record<string, string> {
  const vars: Record<string, string> = {
    DOST_DB_URL: dbUrl,
    DOST_DATA_DIR: env.dataDir,
    DOST_HOST: BENCH_HOST,
    LOG_LEVEL: 'warn',
    // (b) and (c) set it themselves too; (a) through disableVendorTelemetry.
    APOLLO_TELEMETRY_DISABLED: 'true',
    // (a) runs with every protection on, whatever the caller's shell says; requests rotate
    // over 50 staff principals (and 2 000 citizens), each far below its per-principal budget.
    DOST_RATE_LIMIT: 'on',
    // Every gateway, (a) to (d), calls the subgraphs as production does: over mutual TLS.
    DOST_SUBGRAPH_TLS: 'on',
  };
  for (const [name, port] of Object.entries(SUBGRAPH_PORTS)) {
    vars[`DOST_${name.toUpperCase()}_PORT`] = String(port);
    vars[`DOST_${name.toUpperCase()}_URL`] = subgraphUrl(port);
  }
  return vars;
}

/** Starts every subgraph, then the gateways asked for, each as its own process. */
export async function startBenchSystem(options: {
  vars: Readonly<Record<string, string>>;
  /** The gateway's client certificate, to see the subgraphs answer (loadBenchTls). */
  tls: TlsIdentity;
  configs: readonly ConfigId[];
  /** Extra node flags per gateway, e.g. --cpu-prof for a profile. */
  nodeFlags?: Partial<Record<ConfigId, readonly string[]>>;
  /** Extra node flags per subgraph. */
  subgraphNodeFlags?: Readonly<Record<string, readonly string[]>>;
  /** Keep tsx's source-mapped stack traces in the processes run through tsx. @default true */
  sourceMaps?: boolean;
  /**
   * `dist`: the subgraphs and gateway (a) run their bundles from dist/ with plain node, as
   * `npm start` and the image do (build them first: `buildDist`); `tsx`: their TypeScript
   * through tsx, as development does. @default 'dist'
   */
  runtime?: BenchRuntime;
}): Promise<BenchSystem> {
  const { vars, tls, configs, nodeFlags = {}, subgraphNodeFlags = {}, sourceMaps = true } = options;
  const compiled = (options.runtime ?? 'dist') === 'dist';
  const importsAfterTsx = sourceMaps ? [] : ['./bench/disableSourceMaps.ts'];
  const started: Service[] = [];
  const stop = async () => {
    await Promise.all(started.reverse().map((service) => service.stop()));
  };
  // Subgraphs answer only the gateway's certificate, so their readiness is checked with it.
  const asGateway = new Agent({ connect: { ca: tls.ca, cert: tls.cert, key: tls.key } });
  try {
    const subgraphs: Record<string, Service> = {};
    // One at a time: five tsx compilations at once on two cores only slow each other down.
    for (const name of Object.keys(REGISTRY_SUBGRAPHS)) {
      const port = SUBGRAPH_PORTS[name as keyof typeof SUBGRAPH_PORTS];
      const service = await spawnService({
        name: `subgraph-${name}`,
        entry: compiled ? bundleOf('subgraph') : 'subgraphs/index.ts',
        args: [name],
        env: vars,
        url: subgraphUrl(port),
        dispatcher: asGateway,
        nodeFlags: subgraphNodeFlags[name] ?? [],
        importsAfterTsx,
      });
      started.push(service);
      subgraphs[name] = service;
    }
    const gateways: Partial<Record<ConfigId, Service>> = {};
    for (const config of configs) {
      if (config === 'e') continue;
      const port = GATEWAY_PORTS[config];
      const service = await spawnService({
        name: `gateway-${config}`,
        entry: compiled && config === 'a' ? bundleOf('gateway') : GATEWAY_ENTRIES[config],
        env: {
          ...vars,
          DOST_GATEWAY_PORT: String(port),
          // The audit wait histogram, read around each of (a)'s cells (scrapeAuditWait).
          ...(config === 'a' ? { DOST_METRICS_PORT: String(GATEWAY_A_METRICS_PORT) } : {}),
        },
        url: `http://${BENCH_HOST}:${port}/graphql`,
        nodeFlags: nodeFlags[config] ?? [],
        importsAfterTsx,
      });
      started.push(service);
      gateways[config] = service;
    }
    return { subgraphs, gateways, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await asGateway.close();
  }
}

/** A process's bundle, relative to the root, as `npm start` runs it. */
function bundleOf(entry: Exclude<BuildEntry, 'start'>): string {
  return `${DIST_DIR}/${entry}.js`;
}
