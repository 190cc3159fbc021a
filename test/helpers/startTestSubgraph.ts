import { startRegistrySubgraph } from '@dost/subgraph-kit';
import type { Knex } from 'knex';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { REGISTRY_SEEDERS } from '../../seed/registrySeeders.ts';
import type { CitizenProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { callSubgraph, type GraphQLResponse } from './callSubgraph.ts';
import { openTestRegistry, type TestDialect } from './testDatabases.ts';
import { createTestKeys, type TestKeys } from './testKeys.ts';

export interface TestSubgraphOptions {
  name: RegistrySubgraphName;
  dialect: TestDialect;
  /** Hand-built citizens written with the registry's own seeder. @default none */
  profiles?: readonly CitizenProfile[];
  /** Writes what a seeder cannot (raw legacy rows, audit records) before the server starts. */
  prepare?: (db: Knex) => Promise<void>;
  /** The gateway's keys, to share one gateway between subgraphs. @default fresh ones */
  keys?: TestKeys;
}

export interface CallOptions {
  variables?: Record<string, unknown>;
  /** Subgraph the token is signed for. @default the subgraph under test */
  audience?: string;
}

export interface TestSubgraph {
  readonly url: string;
  /** The registry's database, for raw rows and statement counts. */
  readonly db: Knex;
  /** Posts an operation signed as the gateway would for `identity`; null sends it unsigned. */
  call<T = Record<string, unknown>>(
    query: string,
    identity: Identity | null,
    options?: CallOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Counts the SQL statements `run` makes the registry execute. */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  /** Stops the server and drops the registry database. */
  close(): Promise<void>;
}

/**
 * Starts one registry subgraph on an ephemeral port over a fresh, migrated database of the
 * dialect, seeded with `profiles`, and signs calls with a secret made for the test file.
 */
export async function startTestSubgraph({
  name,
  dialect,
  profiles = [],
  prepare,
  keys = createTestKeys(),
}: TestSubgraphOptions): Promise<TestSubgraph> {
  const module = REGISTRY_SUBGRAPHS[name];
  const store = await openTestRegistry(dialect, module.database, module.migrations);
  await REGISTRY_SEEDERS[name]?.(store.db, profiles);
  await prepare?.(store.db);
  const log = createLogger({ level: 'silent' });
  const server = await startRegistrySubgraph({
    subgraph: module,
    db: store.db,
    callKey: keys.callKey(name),
    log,
  });
  return {
    url: server.url,
    db: store.db,
    call: (query, identity, { variables, audience = name } = {}) =>
      callSubgraph(
        server.url,
        { query, variables },
        // The gateway derives one key per audience: a call for another carries that one's.
        identity === null ? null : { key: keys.callKey(audience), audience, identity },
      ),
    countStatements: (run) => countStatements(store.db, run),
    async close() {
      await server.close();
      await store.cleanup();
    },
  };
}

async function countStatements(db: Knex, run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const onQuery = () => void count++;
  db.on('query', onQuery);
  try {
    await run();
  } finally {
    db.off('query', onQuery);
  }
  return count;
}
