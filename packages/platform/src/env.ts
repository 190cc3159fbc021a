import { join, resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { createEnvReaders, type EnvSource } from './envReaders.ts';
import type { AuditWitnessLocation } from './parseWitnessLocation.ts';
import { readSubgraphSettings, type SubgraphSettings } from './readSubgraphSettings.ts';
import { isOrigin } from './cors.ts';
import { isRole, ROLES, type Role } from './roles.ts';
import { GATEWAY_CLIENT_NAME } from './tls/TlsIdentity.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

/** Everything the processes take from the environment, validated once. */
export interface Env extends SubgraphSettings {
  readonly nodeEnv: (typeof NODE_ENVS)[number];
  readonly logLevel: LevelWithSilent;
  /** Folder for the embedded SQLite registries and dev keys. */
  readonly dataDir: string;
  /** Most pooled connections to each MySQL registry database. */
  readonly dbPoolMax: number;
  /** Longest wait (ms) for a pooled database connection before the query fails. */
  readonly dbAcquireTimeoutMs: number;
  /** Longest one gateway → subgraph call may take (ms). */
  readonly subgraphTimeoutMs: number;
  /** Time (ms) from a request's start by which all its subgraph calls must have ended. */
  readonly requestDeadlineMs: number;
  readonly seed: number;
  /** Citizens seeded on first start of an empty registry. */
  readonly seedCitizens: number;
  readonly host: string;
  readonly gatewayPort: number;
  /**
   * `DOST_<NAME>_URL` of subgraphs outside DOST_SUBGRAPHS (one published only to the schema
   * registry, e.g. `DOST_TRAINING_URL`), by the name in lower case; each overrides the routing
   * URL the registry holds for it.
   */
  readonly otherSubgraphUrls: Readonly<Record<string, string>>;
  /**
   * Gateway ↔ subgraph traffic over mutual TLS (`DOST_SUBGRAPH_TLS`, `on` by default):
   * subgraphs serve HTTPS to the allowed client certificates only, and the gateway presents its
   * own. `off` serves and calls plain HTTP, which production refuses unless
   * allowPlainSubgraphs.
   */
  readonly subgraphTls: boolean;
  /** `DOST_ALLOW_PLAIN_SUBGRAPHS=true`: production may call or serve subgraphs over http://. */
  readonly allowPlainSubgraphs: boolean;
  /**
   * This process's certificate for gateway ↔ subgraph TLS, as PEM file paths: `ca` the CA(s)
   * it trusts for the other end (`DOST_TLS_CA_FILE`), `cert` its certificate chain
   * (`DOST_TLS_CERT_FILE`: the gateway's client or a subgraph's server certificate), `key`
   * its private key (`DOST_TLS_KEY_FILE`). All three or none; none outside production means
   * the development CA in dataDir, and production requires them.
   */
  readonly tlsFiles: { readonly ca: string; readonly cert: string; readonly key: string } | null;
  /** Client certificate names a subgraph answers (`DOST_TLS_ALLOWED_CLIENTS`, comma-separated). */
  readonly tlsAllowedClients: readonly string[];
  /** Expected `iss` of client tokens. */
  readonly jwtIssuer: string;
  /** Expected `aud` of client tokens. */
  readonly jwtAudience: string;
  /** JWKS (ES256/RS256 keys) for client tokens: a URL or a file path; production needs one. */
  readonly jwks: string | undefined;
  /** HS256 secret for client tokens; refused in production. Absent: a dev key in dataDir. */
  readonly jwtSecret: string | undefined;
  /**
   * `DOST_INTERNAL_SECRET`: the gateway's secret (base64url, 32 bytes) that every subgraph's
   * call key is derived from; the gateway alone holds it. Absent: a dev secret in dataDir,
   * which production refuses.
   */
  readonly internalSecret: string | undefined;
  /**
   * `DOST_INTERNAL_CALL_KEY`: a subgraph's own call key (base64url), derived from the gateway's
   * secret for its name (`npm run internal:key -- <name>`). Absent: derived from the dev secret
   * in dataDir, which production refuses.
   */
  readonly internalCallKey: string | undefined;
  /**
   * `DOST_INTERNAL_PRIVATE_KEY`: the gateway's private ES256 JWK (JSON), which signs audit
   * checkpoints; absent: a dev key in dataDir.
   */
  readonly internalPrivateKey: string | undefined;
  /** `DOST_INTERNAL_PUBLIC_KEY`: the matching public JWK (JSON), which checkpoints are verified with. */
  readonly internalPublicKey: string | undefined;
  /** Gateway query bounds set in the environment; absent ones keep the gateway's defaults. */
  readonly queryLimits: Partial<Record<QueryLimitName, number>>;
  /** Largest request body in bytes; absent keeps the gateway's default. */
  readonly bodyLimit: number | undefined;
  /** Gateway rate limits: `DOST_RATE_LIMIT=off` turns them off (benchmarks). */
  readonly rateLimit: false | { perSecond?: number; burst?: number; failedAuthPerMinute?: number };
  /**
   * `DOST_REDIS_URL`: state the gateway's replicas share (the rate limits) lives there.
   * @default undefined (each process counts in its own memory)
   */
  readonly redisUrl: string | undefined;
  /** `DOST_REDIS_KEY_PREFIX`: prefix of every key written to that Redis. @default 'dost' */
  readonly redisKeyPrefix: string;
  /**
   * `DOST_METRICS_PORT`: the gateway serves Prometheus `/metrics` on this port, on its own
   * listener apart from the public one. @default undefined (no metrics listener)
   */
  readonly metricsPort: number | undefined;
  /** `DOST_METRICS_HOST`: the metrics listener's address. @default '127.0.0.1' */
  readonly metricsHost: string;
  /**
   * Where OpenTelemetry traces go (OTLP over HTTP): `DOST_OTEL_TRACES_URL`, else the standard
   * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, else `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`.
   * @default undefined (tracing off: the no-op tracer, no exporter)
   */
  readonly otlpTracesUrl: string | undefined;
  /** Signed checkpoints of the audit chain (docs/audit-trail.md, "Checkpoints"). */
  readonly auditCheckpoints: AuditCheckpointSettings;
  /** The self-hosted schema registry; null with `DOST_SCHEMA_REGISTRY=off`. */
  readonly schemaRegistry: SchemaRegistrySettings | null;
  /** `DOST_CORS_ORIGINS`: origins (comma-separated) a browser app may call from. @default none */
  readonly corsOrigins: readonly string[];
  /**
   * `DOST_FREEFORM_ROLES`: roles that may send operations outside the trusted-document
   * manifest (comma-separated, or `none`). @default every role; none in production
   */
  readonly freeformRoles: readonly Role[];
}

export interface SchemaRegistrySettings {
  /**
   * `DOST_DB_URL_SCHEMA_REGISTRY`, else `DOST_DB_URL`: its database is `schema_registry`
   * (`dost_schema_registry` on MySQL). @default the embedded SQLite file in dataDir
   */
  readonly dbUrl: string | undefined;
  /** `DOST_SUPERGRAPH_POLL_MS`: how often the gateway asks it for a newer supergraph. @default 5_000 */
  readonly pollMs: number;
  /** `DOST_REGISTRY_PORT`: the registry's HTTP service (`npm run start:registry`). @default 4010 */
  readonly port: number;
  /**
   * `DOST_REGISTRY_PUBLIC_KEY`: the ES256 public JWK (JSON) publisher tokens are verified with;
   * production requires it. Absent: the development key in dataDir/keys.
   */
  readonly publicKey: string | undefined;
  /** `DOST_REGISTRY_PRIVATE_KEY`: its private JWK (JSON), for `npm run registry:token`. */
  readonly privateKey: string | undefined;
  /**
   * `DOST_REGISTRY_OPERATIONS`: the registered client operations checks protect, a folder of
   * `.graphql` documents or a JSON manifest of id → document. @default the trusted documents
   * the gateways serve (the newest manifest published to the registry, else the committed one)
   */
  readonly operations: string | undefined;
}

export interface AuditCheckpointSettings {
  /**
   * `DOST_AUDIT_WITNESS`: `file:<path>` or a `mysql://` URL of a second database.
   * @default file:<dataDir>/audit-witness.jsonl
   */
  readonly witness: AuditWitnessLocation;
  /** `DOST_AUDIT_CHECKPOINT_RECORDS`: a checkpoint once a gateway wrote this many. @default 100 */
  readonly everyRecords: number;
  /** `DOST_AUDIT_CHECKPOINT_MS`: at most this long after a record. @default 5_000 */
  readonly everyMs: number;
  /** `DOST_AUDIT_HEARTBEAT_MS`: and at least this often while idle. @default 30_000 */
  readonly heartbeatMs: number;
  /**
   * `DOST_AUDIT_WORKER` (`on`/`off`): a MariaDB store's transactions run on a worker thread
   * of their own, off the request event loop. @default on
   */
  readonly worker: boolean;
}

/** Query bounds, each read from `DOST_<NAME>` (e.g. `DOST_MAX_DEPTH`). */
const QUERY_LIMIT_VARIABLES = {
  maxDepth: 'DOST_MAX_DEPTH',
  maxAliases: 'DOST_MAX_ALIASES',
  maxDirectives: 'DOST_MAX_DIRECTIVES',
  maxTokens: 'DOST_MAX_TOKENS',
  maxRootFields: 'DOST_MAX_ROOT_FIELDS',
  maxCost: 'DOST_MAX_COST',
} as const;
type QueryLimitName = keyof typeof QUERY_LIMIT_VARIABLES;

/** Reads and validates the environment; throws one error naming every bad variable. */
export function readEnv(source: EnvSource = process.env): Env {
  const problems: string[] = [];
  const read = createEnvReaders(source, problems);
  const raw = read.optional;
  const dataDir = resolve(read.string('DOST_DATA_DIR', 'data'));
  const host = read.string('DOST_HOST', '127.0.0.1');
  const subgraphTls = read.oneOf('DOST_SUBGRAPH_TLS', ['on', 'off'], 'on') === 'on';
  const subgraphSettings = readSubgraphSettings(read, { host, tls: subgraphTls });
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const corsOrigins = read.list('DOST_CORS_ORIGINS', []);
  for (const origin of corsOrigins.filter((o) => !isOrigin(o))) {
    problems.push(`DOST_CORS_ORIGINS: ${origin} is not an origin (scheme://host[:port])`);
  }
  const freeform = read.list('DOST_FREEFORM_ROLES', nodeEnv === 'production' ? ['none'] : ROLES);
  for (const role of freeform.filter((r) => r !== 'none' && !isRole(r))) {
    problems.push(`DOST_FREEFORM_ROLES: ${role} is not a role (${ROLES.join(', ')}, none)`);
  }
  const env: Env = {
    nodeEnv,
    corsOrigins,
    freeformRoles: freeform.filter(isRole),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    dataDir,
    dbPoolMax: read.int('DOST_DB_POOL_MAX', 10),
    dbAcquireTimeoutMs: read.int('DOST_DB_ACQUIRE_TIMEOUT_MS', 2_000),
    subgraphTimeoutMs: read.int('DOST_SUBGRAPH_TIMEOUT_MS', 2_000),
    requestDeadlineMs: read.int('DOST_REQUEST_DEADLINE_MS', 5_000),
    seed: read.int('DOST_SEED', 20_261_125),
    seedCitizens: read.int('DOST_SEED_CITIZENS', 2_000),
    host,
    gatewayPort: read.int('DOST_GATEWAY_PORT', 4000),
    ...subgraphSettings,
    otherSubgraphUrls: otherSubgraphUrls(source, subgraphSettings.subgraphs, read.url),
    subgraphTls,
    allowPlainSubgraphs:
      read.oneOf('DOST_ALLOW_PLAIN_SUBGRAPHS', ['true', 'false'], 'false') === 'true',
    tlsFiles: allOrNone(
      {
        ca: raw('DOST_TLS_CA_FILE'),
        cert: raw('DOST_TLS_CERT_FILE'),
        key: raw('DOST_TLS_KEY_FILE'),
      },
      'DOST_TLS_CA_FILE, DOST_TLS_CERT_FILE and DOST_TLS_KEY_FILE',
      problems,
    ),
    tlsAllowedClients: read.list('DOST_TLS_ALLOWED_CLIENTS', [GATEWAY_CLIENT_NAME]),
    jwtIssuer: read.string('DOST_JWT_ISSUER', 'https://login.dost.gov.az'),
    jwtAudience: read.string('DOST_JWT_AUDIENCE', 'dost-one-window'),
    jwks: raw('DOST_JWKS'),
    jwtSecret: raw('DOST_JWT_SECRET'),
    internalSecret: raw('DOST_INTERNAL_SECRET'),
    internalCallKey: raw('DOST_INTERNAL_CALL_KEY'),
    internalPrivateKey: raw('DOST_INTERNAL_PRIVATE_KEY'),
    internalPublicKey: raw('DOST_INTERNAL_PUBLIC_KEY'),
    queryLimits: definedOnly(
      Object.fromEntries(
        Object.entries(QUERY_LIMIT_VARIABLES).map(([limit, name]) => [limit, read.positive(name)]),
      ),
    ),
    bodyLimit: read.positive('DOST_MAX_BODY_BYTES'),
    rateLimit:
      read.oneOf('DOST_RATE_LIMIT', ['on', 'off'], 'on') === 'off'
        ? false
        : definedOnly({
            perSecond: read.positive('DOST_RATE_LIMIT_PER_SECOND'),
            burst: read.positive('DOST_RATE_LIMIT_BURST'),
            failedAuthPerMinute: read.positive('DOST_RATE_LIMIT_FAILED_AUTH_PER_MINUTE'),
          }),
    redisUrl: read.url('DOST_REDIS_URL'),
    redisKeyPrefix: read.string('DOST_REDIS_KEY_PREFIX', 'dost'),
    metricsPort: read.optionalInt('DOST_METRICS_PORT'),
    metricsHost: read.string('DOST_METRICS_HOST', '127.0.0.1'),
    otlpTracesUrl:
      read.url('DOST_OTEL_TRACES_URL') ??
      read.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ??
      tracesUnder(read.url('OTEL_EXPORTER_OTLP_ENDPOINT')),
    auditCheckpoints: {
      witness: read.witness('DOST_AUDIT_WITNESS', join(dataDir, 'audit-witness.jsonl')),
      everyRecords: read.positive('DOST_AUDIT_CHECKPOINT_RECORDS') ?? 100,
      everyMs: read.positive('DOST_AUDIT_CHECKPOINT_MS') ?? 5_000,
      heartbeatMs: read.positive('DOST_AUDIT_HEARTBEAT_MS') ?? 30_000,
      worker: read.oneOf('DOST_AUDIT_WORKER', ['on', 'off'], 'on') === 'on',
    },
    schemaRegistry:
      read.oneOf('DOST_SCHEMA_REGISTRY', ['on', 'off'], 'on') === 'off'
        ? null
        : {
            dbUrl: read.url('DOST_DB_URL_SCHEMA_REGISTRY') ?? read.url('DOST_DB_URL'),
            pollMs: read.positive('DOST_SUPERGRAPH_POLL_MS') ?? 5_000,
            port: read.int('DOST_REGISTRY_PORT', 4010),
            publicKey: raw('DOST_REGISTRY_PUBLIC_KEY'),
            privateKey: raw('DOST_REGISTRY_PRIVATE_KEY'),
            operations: raw('DOST_REGISTRY_OPERATIONS'),
          },
  };
  if (env.nodeEnv === 'production' && env.jwtSecret !== undefined) {
    problems.push('DOST_JWT_SECRET (HS256) is not allowed in production; use DOST_JWKS');
  }
  if (env.redisUrl !== undefined && !isRedisUrl(env.redisUrl)) {
    problems.push('DOST_REDIS_URL must be a redis:// or rediss:// URL');
  }
  if (env.nodeEnv === 'production' && !env.allowPlainSubgraphs) {
    problems.push(...plainSubgraphProblems(env));
  }
  if (problems.length > 0) throw new Error(`Invalid environment:\n- ${problems.join('\n- ')}`);
  return env;
}

/**
 * Why a production environment would carry personal data between the gateway and a subgraph
 * in clear text, if it would; DOST_ALLOW_PLAIN_SUBGRAPHS=true (e.g. behind a service mesh that
 * does its own mutual TLS) silences them.
 */
function plainSubgraphProblems(env: Env): string[] {
  const refused = (what: string) =>
    `${what}: plain HTTP between the gateway and subgraphs is refused in production ` +
    'unless DOST_ALLOW_PLAIN_SUBGRAPHS=true';
  if (!env.subgraphTls) return [refused('DOST_SUBGRAPH_TLS=off')];
  const urls: Record<string, string> = { ...env.otherSubgraphUrls, ...env.subgraphUrls };
  return Object.entries(urls)
    .filter(([, url]) => isPlainHttp(url))
    .map(([name, url]) => refused(`DOST_${name.toUpperCase()}_URL=${url}`));
}

/**
 * `DOST_<NAME>_URL` for every NAME that is not a core subgraph (nor `DB`, whose URL is the
 * database's): the subgraph list is not fixed at build time, since an agency can publish a new
 * one to the schema registry while the gateway runs.
 */
function otherSubgraphUrls(
  source: EnvSource,
  listed: readonly string[],
  url: (name: string) => string | undefined,
): Record<string, string> {
  const core = new Set<string>([...listed.map((name) => name.toUpperCase()), 'DB']);
  const found: Record<string, string> = {};
  for (const variable of Object.keys(source)) {
    const name = /^DOST_([A-Z][A-Z0-9_]*)_URL$/.exec(variable)?.[1];
    if (name === undefined || core.has(name)) continue;
    const value = url(variable);
    if (value !== undefined) found[name.toLowerCase()] = value;
  }
  return found;
}

function isRedisUrl(url: string): boolean {
  return URL.canParse(url) && ['redis:', 'rediss:'].includes(new URL(url).protocol);
}

function isPlainHttp(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'http:';
}

/** The record when every entry is set, null when none is; a problem when only some are. */
function allOrNone<K extends string>(
  entries: Record<K, string | undefined>,
  names: string,
  problems: string[],
): Record<K, string> | null {
  const values = Object.values<string | undefined>(entries);
  if (values.every((value) => value === undefined)) return null;
  if (values.some((value) => value === undefined)) {
    problems.push(`set all of ${names}, or none`);
    return null;
  }
  return entries as Record<K, string>;
}

/** Drops unset entries, so that a spread over defaults keeps them. */
function definedOnly<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}

/**
 * Stops @apollo/gateway from sending usage telemetry to Apollo and from probing cloud
 * metadata endpoints: DOST networks are closed and personal-data flows must be known.
 * The gateway reads this variable when it is constructed, so call this first.
 */
export function disableVendorTelemetry(target: NodeJS.ProcessEnv = process.env): void {
  target['APOLLO_TELEMETRY_DISABLED'] = 'true';
}

/** The OTLP/HTTP traces path under a collector's base URL, as the OpenTelemetry spec joins it. */
function tracesUnder(endpoint: string | undefined): string | undefined {
  return endpoint === undefined ? undefined : `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}
