import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistrySubgraph } from '@dost/subgraph-kit';
import type { GatewayConfig } from '../../gateway/config.ts';
import { createGateway } from '../../gateway/createGateway.ts';
import {
  createGatewayMetrics,
  type GatewayMetrics,
} from '../../gateway/metrics/createGatewayMetrics.ts';
import {
  openSchemaRegistry,
  SCHEMA_REGISTRY_DB,
  type OpenedSchemaRegistry,
} from '@dost/schema-registry';
import type { Tracer } from '@opentelemetry/api';
import type { Knex } from 'knex';
import { Agent, request, type Dispatcher } from 'undici';
import { recordScrape } from './recordScrape.ts';
import { createAuditCheckpointer } from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import {
  verifyAuditTrail,
  type AuditTrailVerdict,
} from '@dost/audit-store/checkpoint/verifyAuditTrail.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { createFileWitness } from '@dost/audit-store/witness/createFileWitness.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { listen, type Listening, type Server } from '@dost/platform/listen.ts';
import type { ServerTls } from '@dost/platform/tls/TlsIdentity.ts';
import { signClientToken, type ClientTokenClaims } from '../../scripts/lib/signClientToken.ts';
import { generateProfiles, wholeHouseholds } from '../../seed/generateProfiles.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import {
  closeRegistries,
  openRegistries,
  type RegistryDbs,
} from '../../subgraphs/openRegistries.ts';
import { seedRegistries } from '../../seed/seedRegistries.ts';
import type { GraphQLResponse } from './callSubgraph.ts';
import type { TestDialect } from './testDatabases.ts';
import { createTestKeys } from './testKeys.ts';
import { testTls } from './testTls.ts';
import { DEMO_CASES } from '../../seed/synthetic/demoCases.ts';
import type { DemoFin } from '../../seed/synthetic/demoFins.ts';

export const TEST_ISSUER = 'https://login.test.dost.gov.az';
export const TEST_AUDIENCE = 'dost-one-window-test';
export const TEST_SEED = 424_242;
/**
 * What an operator at baku-1 cites to read the pensioner demo citizen 5ZK7P2Q: the open case
 * the seed gives them there (seed/synthetic/demoCases.ts). Reading anyone else under it is
 * CASE_NOT_VALID; caseOf(fin) is each demo citizen's.
 */
export const STAFF_PURPOSE = `SERVICE_APPLICATION:${DEMO_CASES['5ZK7P2Q']}`;

/** What an operator at baku-1 cites to read this demo citizen: their seeded open case. */
export function caseOf(fin: DemoFin): string {
  return `SERVICE_APPLICATION:${DEMO_CASES[fin]}`;
}

/** Gateway settings a test may override. */
export type GatewayOverrides = Pick<
  GatewayConfig,
  | 'subgraphTimeoutMs'
  | 'requestDeadlineMs'
  | 'subgraphBreaker'
  | 'limits'
  | 'rateLimit'
  | 'bodyLimit'
  | 'subgraphUrls'
  | 'refusePlainSubgraphs'
  | 'metrics'
  | 'accessLog'
  | 'documents'
  | 'observeDocumentWork'
  | 'cors'
  | 'compression'
  | 'app'
  | 'tracer'
>;

export interface RunningSystem {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<RegistrySubgraphName, string>>;
  /** The running server of a subgraph (a new one after restartSubgraph). */
  subgraphServer(name: RegistrySubgraphName): Server;
  /**
   * Calls subgraphs directly as the gateway's transport does: with its client certificate and
   * trusting the test CA (over mutual TLS), or plainly when the system runs without TLS.
   */
  readonly subgraphDispatcher: Dispatcher;
  readonly dbs: RegistryDbs;
  /** The audit store the gateway writes to. */
  readonly auditDb: Knex;
  /** The audit chain checked against the gateway's signed checkpoints, as audit:verify does. */
  verifyAuditTrail(): Promise<AuditTrailVerdict>;
  /** Prefix of this system's MySQL database names (its connections' `db` starts with it). */
  readonly databasePrefix: string;
  /** The schema registry the gateway follows; null unless started with `schemaRegistry`. */
  readonly schemaRegistry: OpenedSchemaRegistry | null;
  /**
   * The variables that point `npm run schema:publish` at this system's registry: its data
   * folder, and on MySQL the registry's database.
   */
  readonly schemaRegistryEnv: Readonly<Record<string, string>>;
  /** The call key the gateway MACs its calls to `name` with, for a subgraph a test adds. */
  callKey(name: string): InternalCallKey;
  /** The gateway's metrics, the audit writer's and its pool's included (replicas share them). */
  readonly metrics: GatewayMetrics;
  /** A server certificate the gateway trusts, for a subgraph a test adds; undefined without TLS. */
  subgraphTls(name: string): Promise<ServerTls | undefined>;
  /**
   * Kills a subgraph (drops its connections mid-request), runs `whileDown`, waits `downForMs`,
   * and starts it again on the same port.
   */
  restartSubgraph(
    name: RegistrySubgraphName,
    options?: { downForMs?: number; whileDown?: () => Promise<unknown> },
  ): Promise<void>;
  /**
   * Starts one more gateway over the same subgraphs, keys and audit store (a replica), with
   * `overrides` on this system's gateway settings; resolves its URL. close() stops it too.
   */
  addGateway(overrides?: GatewayOverrides): Promise<string>;
  /** Signs a client token the gateway accepts. */
  token(claims: ClientTokenClaims): Promise<string>;
  /** Posts an operation to the gateway. */
  query<T = Record<string, unknown>>(
    query: string,
    options?: {
      variables?: Record<string, unknown>;
      token?: string;
      headers?: Record<string, string>;
    },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts every registry subgraph and the gateway on ephemeral ports over freshly seeded data,
 * gateway ↔ subgraph traffic over mutual TLS with the test CA (testTls) as in production.
 */
export async function startSystem(
  dialect: TestDialect,
  {
    citizens = 300,
    tls: useTls = true,
    gateway: gatewayOptions = {},
    schemaRegistry: registryOptions,
    subgraphTracer,
    auditWorker = false,
  }: {
    citizens?: number;
    /** The audit writer's transactions on a worker thread, as the gateway runs on MariaDB. @default false */
    auditWorker?: boolean;
    /** Gateway ↔ subgraph over mutual TLS; false runs them over plain HTTP. @default true */
    tls?: boolean;
    /**
     * Gateway settings to override, e.g. `subgraphTimeoutMs`; `subgraphUrls` replaces only
     * the subgraphs it names.
     */
    gateway?: GatewayOverrides;
    /**
     * Follow a schema registry of its own (empty at start) as `npm start` does, polling it
     * every `pollMs`. @default undefined (the committed supergraph only)
     */
    schemaRegistry?: { pollMs: number };
    /** Each subgraph's tracer (the gateway's is `gateway.tracer`). @default none (off) */
    subgraphTracer?: (name: RegistrySubgraphName) => Tracer;
  } = {},
): Promise<RunningSystem> {
  const log = createLogger({ level: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-test-'));
  const databasePrefix = `dost_t${randomBytes(4).toString('hex')}_`;
  const dbUrls =
    dialect.url === undefined
      ? {}
      : Object.fromEntries(Object.keys(REGISTRY_SUBGRAPHS).map((n) => [n, dialect.url]));
  const dbs = await openRegistries({ dataDir, dbUrls, databasePrefix, log });
  await seedRegistries({
    dbs,
    seed: TEST_SEED,
    citizens: wholeHouseholds(citizens),
    generate: generateProfiles(TEST_SEED),
    log,
  });

  const auditDb = dbs.audit;
  const keys = createTestKeys();
  const witness = createFileWitness(join(dataDir, 'audit-witness.jsonl'));
  const checkpoints = createAuditCheckpointer({ db: auditDb, witness, key: keys.privateKey, log });
  const metrics = gatewayOptions.metrics ?? createGatewayMetrics();
  const worker = auditWorker ? createWorkerAppender({ db: auditDb, log }) : null;
  await worker?.ready();
  const audit = createAuditWriter({
    db: auditDb,
    log,
    ...(worker === null ? {} : { append: worker.append }),
    onBatch: (committed) => {
      checkpoints.onBatch(committed);
      metrics.auditBatch(committed);
    },
    onWait: (seconds) => metrics.auditWaited(seconds),
  });
  metrics.watchPool('audit', auditDb);
  await checkpoints.start();
  const tls = useTls ? await testTls() : null;
  const names = Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[];
  const startSubgraph = async (name: RegistrySubgraphName, port?: number) =>
    startRegistrySubgraph({
      subgraph: REGISTRY_SUBGRAPHS[name],
      db: dbs[name],
      callKey: keys.callKey(name),
      log,
      ...(port === undefined ? {} : { port }),
      ...(tls === null ? {} : { tls: await tls.subgraph(name) }),
      ...(subgraphTracer === undefined ? {} : { tracer: subgraphTracer(name) }),
    });
  const subgraphs: Listening[] = await Promise.all(names.map((name) => startSubgraph(name)));
  const subgraphUrls = Object.fromEntries(
    names.map((name, i) => [name, subgraphs[i]?.url ?? '']),
  ) as Record<RegistrySubgraphName, string>;
  const secret = randomBytes(32).toString('base64url');
  const registryDatabase = `${databasePrefix}${SCHEMA_REGISTRY_DB}`;
  const schemaRegistry =
    registryOptions === undefined
      ? null
      : await openSchemaRegistry({ url: dialect.url, dataDir, databasePrefix, log });
  const gatewayConfig: GatewayConfig = {
    supergraphSdl: readFileSync(
      new URL('../../schema/supergraph.graphql', import.meta.url),
      'utf8',
    ),
    clientAuth: {
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      key: { kind: 'secret', secret: new TextEncoder().encode(secret) },
    },
    internalSecret: keys.internalSecret,
    audit,
    metrics,
    log,
    ...(tls === null ? {} : { subgraphTls: tls.gateway }),
    ...(schemaRegistry === null || registryOptions === undefined
      ? {}
      : { schemaRegistry: { registry: schemaRegistry, pollMs: registryOptions.pollMs } }),
    ...gatewayOptions,
    ...(schemaRegistry === null || registryOptions === undefined
      ? {}
      : {
          documents: {
            ...gatewayOptions.documents,
            registry: { reader: schemaRegistry.manifests, pollMs: registryOptions.pollMs },
          },
        }),
    subgraphUrls: { ...subgraphUrls, ...gatewayOptions.subgraphUrls },
  };
  const startGateway = async (overrides: GatewayOverrides = {}) => {
    const replica = createGateway({
      ...gatewayConfig,
      ...overrides,
      subgraphUrls: { ...gatewayConfig.subgraphUrls, ...overrides.subgraphUrls },
    });
    await replica.start();
    const listening = await listen(replica.handlers, { log });
    return {
      url: listening.url,
      async close() {
        await listening.close();
        await replica.stop();
      },
    };
  };
  const server = await startGateway();
  const gateways = [server];
  const subgraphDispatcher = tls === null ? new Agent() : tls.agent(tls.gateway);

  return {
    gatewayUrl: server.url,
    subgraphUrls,
    subgraphServer(name) {
      const running = subgraphs[names.indexOf(name)];
      if (running === undefined) throw new Error(`no subgraph ${name}`);
      return running.server;
    },
    subgraphDispatcher,
    dbs,
    auditDb,
    verifyAuditTrail: () =>
      verifyAuditTrail({ db: auditDb, witnesses: [witness], key: keys.publicKey }),
    databasePrefix,
    schemaRegistry,
    schemaRegistryEnv: {
      DOST_DATA_DIR: dataDir,
      ...(dialect.url === undefined
        ? {}
        : { DOST_DB_URL_SCHEMA_REGISTRY: databaseUrl(dialect.url, registryDatabase) }),
    },
    callKey: keys.callKey,
    metrics,
    subgraphTls: async (name) => (tls === null ? undefined : tls.subgraph(name)),
    async restartSubgraph(name, { downForMs = 0, whileDown } = {}) {
      const index = names.indexOf(name);
      const running = subgraphs[index];
      if (running === undefined) throw new Error(`no subgraph ${name}`);
      running.server.closeAllConnections();
      await running.close();
      await whileDown?.();
      await new Promise((resolve) => setTimeout(resolve, downForMs));
      subgraphs[index] = await startSubgraph(name, running.port);
    },
    token: (claims) =>
      signClientToken(claims, { secret, issuer: TEST_ISSUER, audience: TEST_AUDIENCE }),
    async query(query, { variables, token, headers = {} } = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async addGateway(overrides) {
      const replica = await startGateway(overrides);
      gateways.push(replica);
      return replica.url;
    },
    async close() {
      // Every process's metrics after all of this system's traffic, for test/afterSuite.
      await scrapeSubgraphs(subgraphUrls, subgraphDispatcher);
      for (const replica of gateways) await replica.close();
      await subgraphDispatcher.close();
      await Promise.all(subgraphs.map((s) => s.close()));
      if (dialect.name === 'mysql') {
        for (const name of names) {
          await dbs[name].raw(
            `DROP DATABASE IF EXISTS \`${databasePrefix}${REGISTRY_SUBGRAPHS[name].database}\``,
          );
        }
      }
      await audit.flush();
      recordScrape('gateway', await metrics.registry.metrics());
      await worker?.close();
      await checkpoints.close();
      await witness.close();
      await schemaRegistry?.close();
      if (dialect.name === 'mysql') {
        await auditDb.raw(`DROP DATABASE IF EXISTS \`${databasePrefix}audit\``);
        await auditDb.raw(`DROP DATABASE IF EXISTS \`${registryDatabase}\``);
      }
      await auditDb.destroy();
      await closeRegistries(dbs);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A MySQL server URL naming one database on it. */
function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Leaves each subgraph's /metrics for test/afterSuite; one that is down leaves none. */
async function scrapeSubgraphs(
  urls: Readonly<Record<RegistrySubgraphName, string>>,
  dispatcher: Dispatcher,
): Promise<void> {
  for (const [name, url] of Object.entries(urls)) {
    try {
      // A subgraph a fault test left hanging must not hold up the close.
      const response = await request(url.replace(/\/graphql$/, '/metrics'), {
        dispatcher,
        headersTimeout: 5_000,
        bodyTimeout: 5_000,
      });
      const text = await response.body.text();
      if (response.statusCode === 200) recordScrape(name, text);
    } catch {
      // Stopped or hung by its test (restartSubgraph's outage): nothing to scrape.
    }
  }
}
