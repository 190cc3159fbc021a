import type { IRules } from 'graphql-shield';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import type { BuiltInSubgraphName } from '@dost/platform/subgraphList.ts';
import type { RegistrySubgraphOptions } from './kit/RegistrySubgraphOptions.ts';
import { disabilityRules } from './disability/permissions.ts';
import { createAuditSubgraph } from './audit/createAuditSubgraph.ts';
import { auditSubgraphMigrations } from './audit/migrations/index.ts';
import { auditRules } from './audit/permissions.ts';
import { createDisabilitySubgraph } from './disability/createDisabilitySubgraph.ts';
import { disabilityMigrations } from './disability/migrations/index.ts';
import { pensionsRules } from './pensions/permissions.ts';
import { createPensionsSubgraph } from './pensions/createPensionsSubgraph.ts';
import { pensionsMigrations } from './pensions/migrations/index.ts';
import { peopleRules } from './people/permissions.ts';
import { createPeopleSubgraph } from './people/createPeopleSubgraph.ts';
import { populationMigrations } from './people/migrations/index.ts';
import { unemploymentRules } from './unemployment/permissions.ts';
import { createUnemploymentSubgraph } from './unemployment/createUnemploymentSubgraph.ts';
import { unemploymentMigrations } from './unemployment/migrations/index.ts';

/** A runnable subgraph, whatever its loaders. */
export interface RunnableSubgraph {
  readonly handler: RequestHandler;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What the processes need to know of one registry subgraph. */
export interface RegistryModule {
  /** Database name of the registry it wraps. */
  readonly registry: string;
  readonly migrations: readonly RegistryMigration[];
  create(options: RegistrySubgraphOptions): RunnableSubgraph;
  /** The graphql-shield rule tree, so tests can prove every field is named by a rule. */
  readonly rules: IRules;
}

/** Every registry subgraph this repository serves: one per name of SUBGRAPH_LIST. */
export const REGISTRY_SUBGRAPHS = {
  people: {
    registry: 'population',
    migrations: populationMigrations,
    create: createPeopleSubgraph,
    rules: peopleRules,
  },
  pensions: {
    registry: 'pensions',
    migrations: pensionsMigrations,
    create: createPensionsSubgraph,
    rules: pensionsRules,
  },
  unemployment: {
    registry: 'unemployment',
    migrations: unemploymentMigrations,
    create: createUnemploymentSubgraph,
    rules: unemploymentRules,
  },
  disability: {
    registry: 'disability',
    migrations: disabilityMigrations,
    create: createDisabilitySubgraph,
    rules: disabilityRules,
  },
  audit: {
    registry: 'audit',
    migrations: auditSubgraphMigrations,
    create: createAuditSubgraph,
    rules: auditRules,
  },
} as const satisfies Record<BuiltInSubgraphName, RegistryModule>;

export type RegistrySubgraphName = keyof typeof REGISTRY_SUBGRAPHS;

export function isRegistrySubgraphName(name: unknown): name is RegistrySubgraphName {
  return typeof name === 'string' && Object.hasOwn(REGISTRY_SUBGRAPHS, name);
}
