import { parseArgs } from 'node:util';

/** The configurations compared; see BENCHMARKS.md for exactly what each one is. */
export const CONFIG_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type ConfigId = (typeof CONFIG_IDS)[number];

export const SCENARIO_IDS = ['S1', 'S1id', 'S2', 'S3', 'S4'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Citizens seeded for the main run; indices [0, MAIN_POPULATION) are drawn from. */
export const MAIN_POPULATION = 100_000;
/** The scale run draws from every index of a population this large, when it is seeded. */
export const SCALE_POPULATION = 1_000_000;

/** Ports of their own, so a bench never meets `npm start` or a test on the defaults. */
export const SUBGRAPH_PORTS = {
  people: 4101,
  pensions: 4102,
  unemployment: 4103,
  disability: 4104,
  audit: 4105,
  services: 4106,
} as const;
export const GATEWAY_PORTS: Record<Exclude<ConfigId, 'e'>, number> = {
  a: 4110,
  b: 4111,
  c: 4112,
  d: 4113,
  f: 4114,
};

/**
 * (a) serves Prometheus /metrics here, so the bench can read each request's audit wait from
 * the gateway's own histogram (dost_gateway_audit_wait_seconds) around every cell of (a).
 */
export const GATEWAY_A_METRICS_PORT = 4119;

export const BENCH_HOST = '127.0.0.1';

/** Where the bench runs a subgraph: over https, as benchEnv configures every process. */
export function subgraphUrl(port: number): string {
  return `https://${BENCH_HOST}:${port}/graphql`;
}
/** Used when DOST_DB_URL is not set: the bench measures the MariaDB deployment. */
export const DEFAULT_BENCH_DB_URL = 'mysql://root@127.0.0.1:3306';

/** How the subgraphs and gateway (a) run: their bundles in dist/ (production) or through tsx. */
export type BenchRuntime = 'dist' | 'tsx';

export interface BenchOptions {
  /** Seconds measured per cell and round. @default 8 */
  readonly duration: number;
  /** Seconds of discarded load before each measured run. @default 2 */
  readonly warmup: number;
  /** Concurrent connections. @default 50 */
  readonly connections: number;
  /** Rounds over the whole matrix, so drift hits every configuration alike. @default 2 */
  readonly rounds: number;
  readonly configs: readonly ConfigId[];
  readonly scenarios: readonly ScenarioId[];
  /** Configurations measured again over the 1 000 000 population. @default a, e */
  readonly scaleConfigs: readonly ConfigId[];
  /** Profile gateway (a) under the first scenario listed instead of running the matrix. @default false */
  readonly profile: boolean;
  /**
   * Only rewrite BENCHMARKS.md's results block from bench/results/latest.json (after editing
   * the prose around it, or the target checks). @default false
   */
  readonly reportOnly: boolean;
  /**
   * Seed up to the 1 000 000-citizen scale population first (≈ 2.5 min on 2 cores), so the
   * scale run is measured on a machine that holds only the main 100 000. @default false
   */
  readonly seedScale: boolean;
  /**
   * Keep tsx's source-mapped stack traces in every process, as `npm start` runs them;
   * `--source-maps off` measures the system without them. @default true
   */
  readonly sourceMaps: boolean;
  /**
   * `dist`: the subgraphs and gateway (a) run the bundles `npm run build` makes, with plain
   * node, as `npm start` and the image run them (the bench builds them when stale); `tsx`:
   * their TypeScript through tsx, as in development. @default 'dist'
   */
  readonly runtime: BenchRuntime;
  /**
   * S1 is measured once more for (a), (c) and (d) at each of these rates, the same
   * connections paced to that many requests per second overall, so latency shows service
   * time rather than the queue a saturated closed loop builds (`--paced-rate 0` leaves these
   * cells out). @default [50, 100]
   */
  readonly pacedRates: readonly number[];
  /**
   * InnoDB buffer pool the server is grown to before the run (MiB; 0 leaves it as it is).
   * @default 1024
   */
  readonly bufferPoolMib: number;
}

/** Reads `npm run bench -- [--duration 8] [--configs a,b] …`; unknown flags are refused. */
export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '2' },
      configs: { type: 'string', default: CONFIG_IDS.join(',') },
      scenarios: { type: 'string', default: SCENARIO_IDS.join(',') },
      'scale-configs': { type: 'string', default: 'a,e' },
      profile: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      'seed-scale': { type: 'boolean', default: false },
      'source-maps': { type: 'string', default: 'on' },
      runtime: { type: 'string', default: 'dist' },
      'buffer-pool-mib': { type: 'string', default: '1024' },
      'paced-rate': { type: 'string', default: '50,100' },
    },
  });
  return {
    duration: positive('duration', values.duration),
    warmup: positive('warmup', values.warmup, 0),
    connections: positive('connections', values.connections),
    rounds: positive('rounds', values.rounds),
    configs: listOf('configs', values.configs, CONFIG_IDS),
    scenarios: listOf('scenarios', values.scenarios, SCENARIO_IDS),
    scaleConfigs:
      values['scale-configs'] === ''
        ? []
        : listOf('scale-configs', values['scale-configs'], CONFIG_IDS),
    profile: values.profile,
    reportOnly: values['report-only'],
    seedScale: values['seed-scale'],
    sourceMaps: values['source-maps'] !== 'off',
    runtime: runtimeOf(values.runtime),
    bufferPoolMib: positive('buffer-pool-mib', values['buffer-pool-mib'], 0),
    pacedRates: pacedRatesOf(values['paced-rate']),
  };
}

function runtimeOf(text: string): BenchRuntime {
  if (text === 'dist' || text === 'tsx') return text;
  throw new Error(`--runtime must be dist or tsx, not ${text}`);
}

/** `--paced-rate 50,100`: distinct rates in the order given; `0` alone means none. */
function pacedRatesOf(text: string): number[] {
  if (text.trim() === '0') return [];
  const rates = text.split(',').map((item) => positive('paced-rate', item.trim()));
  return [...new Set(rates)];
}

function positive(name: string, text: string, min = 1): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be an integer ≥ ${min}`);
  return value;
}

function listOf<T extends string>(name: string, text: string, allowed: readonly T[]): T[] {
  const items = text.split(',').map((item) => item.trim());
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (bad.length > 0)
    throw new Error(`--${name}: unknown ${bad.join(', ')}; use ${allowed.join(',')}`);
  return items as T[];
}
