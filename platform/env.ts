import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';

/** The subgraphs of the one-window graph, in composition order. */
export const SUBGRAPHS = ['people', 'pensions', 'unemployment', 'disability', 'audit'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The database each subgraph wraps. */
export const REGISTRY_OF: Record<SubgraphName, string> = {
  people: 'population',
  pensions: 'pensions',
  unemployment: 'unemployment',
  disability: 'disability',
  audit: 'audit',
};

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  people: 4001,
  pensions: 4002,
  unemployment: 4003,
  disability: 4004,
  audit: 4005,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

/** Everything the processes take from the environment, validated once. */
export interface Env {
  readonly nodeEnv: (typeof NODE_ENVS)[number];
  readonly logLevel: LevelWithSilent;
  /** Folder for the embedded SQLite registries and dev keys. */
  readonly dataDir: string;
  /** Database URL per subgraph; absent means the embedded SQLite file. */
  readonly dbUrls: Partial<Record<SubgraphName, string>>;
  readonly seed: number;
  /** Citizens seeded on first start of an empty registry. */
  readonly seedCitizens: number;
  readonly host: string;
  readonly gatewayPort: number;
  readonly subgraphPorts: Record<SubgraphName, number>;
  /** Where the gateway reaches each subgraph; absent means the supergraph's routing URL. */
  readonly subgraphUrls: Partial<Record<SubgraphName, string>>;
}

type Source = Readonly<Record<string, string | undefined>>;

/** Reads and validates the environment; throws one error naming every bad variable. */
export function readEnv(source: Source = process.env): Env {
  const problems: string[] = [];
  const read = createReaders(source, problems);
  const env: Env = {
    nodeEnv: read.oneOf('NODE_ENV', NODE_ENVS, 'development'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    dataDir: resolve(read.string('DOST_DATA_DIR', 'data')),
    dbUrls: perSubgraph(
      (name) => read.url(`DOST_DB_URL_${name.toUpperCase()}`) ?? read.url('DOST_DB_URL'),
    ),
    seed: read.int('DOST_SEED', 20_261_125),
    seedCitizens: read.int('DOST_SEED_CITIZENS', 2_000),
    host: read.string('DOST_HOST', '127.0.0.1'),
    gatewayPort: read.int('DOST_GATEWAY_PORT', 4000),
    subgraphPorts: Object.fromEntries(
      SUBGRAPHS.map((name) => [
        name,
        read.int(`DOST_${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name]),
      ]),
    ) as Record<SubgraphName, number>,
    subgraphUrls: perSubgraph((name) => read.url(`DOST_${name.toUpperCase()}_URL`)),
  };
  if (problems.length > 0) throw new Error(`Invalid environment:\n- ${problems.join('\n- ')}`);
  return env;
}

function perSubgraph(
  pick: (name: SubgraphName) => string | undefined,
): Partial<Record<SubgraphName, string>> {
  const entries = SUBGRAPHS.map((name) => [name, pick(name)] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function createReaders(source: Source, problems: string[]) {
  const raw = (name: string): string | undefined => {
    const value = source[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    string: (name: string, fallback: string): string => raw(name) ?? fallback,
    int(name: string, fallback: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!/^\d+$/.test(value)) problems.push(`${name} must be a non-negative integer`);
      return Number(value);
    },
    url(name: string): string | undefined {
      const value = raw(name);
      if (value !== undefined && !URL.canParse(value)) problems.push(`${name} must be a URL`);
      return value;
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name) ?? fallback;
      if (allowed.includes(value as T)) return value as T;
      problems.push(`${name} must be one of ${allowed.join(', ')}`);
      return fallback;
    },
  };
}
