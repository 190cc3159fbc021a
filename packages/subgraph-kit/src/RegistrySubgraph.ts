import type { DocumentNode } from 'graphql';
import type { Knex } from 'knex';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import type { RegistrySubgraphOptions } from './RegistrySubgraphOptions.ts';
import type { RuleTree } from './RuleTree.ts';
import type { SubgraphResolvers } from './SubgraphResolvers.ts';

/** What a registry subgraph declares; `defineRegistrySubgraph` assembles the rest. */
export interface RegistrySubgraphDefinition<TRegistry, TLoaders> {
  /**
   * Its name as the supergraph and the gateway know it: the audience of the gateway tokens it
   * accepts, the `registry` of its REGISTRY_UNAVAILABLE errors, the name in its logs.
   */
  readonly name: string;
  /**
   * The database it wraps: the SQLite file `<database>.sqlite`, or the MySQL database
   * `dost_<database>`. @default name
   */
  readonly database?: string;
  /** Its SDL (`readSchemaFile`): the source of truth that resolvers and rules answer to. */
  readonly schema: DocumentNode;
  /** The legacy tables as they are, oldest step first; run before the subgraph serves. */
  readonly migrations: readonly RegistryMigration[];
  /** Wraps the database, once per process: the only code that speaks SQL. */
  readonly registry: (db: Knex) => TRegistry;
  /** Fresh DataLoaders over the registry, built for every request so no cache crosses callers. */
  readonly loaders: (registry: TRegistry) => TLoaders;
  /** Its resolvers; the shared scalars (FIN, Date, DateTime, Money) its SDL declares are added. */
  readonly resolvers: SubgraphResolvers<TLoaders>;
  /**
   * Who may read what: a rule for every type or field it defines (a test checks none is
   * missed). The kit adds federation's plumbing and the Relay page wrappers these rules leave
   * unnamed; anything else unnamed is denied.
   */
  readonly rules: RuleTree;
}

/** A declared registry subgraph: what the processes that open, serve and test it need. */
export interface RegistrySubgraph {
  readonly name: string;
  readonly database: string;
  readonly schema: DocumentNode;
  readonly migrations: readonly RegistryMigration[];
  /** The complete rule tree it enforces: its own and the kit's. */
  readonly rules: RuleTree;
  /** Builds its server over the open, migrated database; `start()` it before serving. */
  create(options: RegistrySubgraphOptions): RunnableSubgraph;
}

/** A registry subgraph's server, to mount with `listen`. */
export interface RunnableSubgraph {
  /** `/graphql` alone. */
  readonly handler: RequestHandler;
  /** `/healthz`, `/readyz`, `/metrics` and `/graphql`. */
  readonly handlers: readonly RequestHandler[];
  start(): Promise<void>;
  stop(): Promise<void>;
}
