import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createDisabilityLoaders } from './loaders.ts';
import { disabilityMigrations } from './migrations/index.ts';
import { disabilityRules } from './permissions.ts';
import { createDisabilityRegistry } from './registry.ts';
import { disabilityResolvers } from './resolvers.ts';

/** The disability subgraph over the medical-social expertise registry: degree, decisions, diagnoses. */
export const disabilitySubgraph = defineRegistrySubgraph({
  name: 'disability',
  schema: readSchemaFile(new URL('../../schema/disability.graphql', import.meta.url)),
  migrations: disabilityMigrations,
  registry: createDisabilityRegistry,
  loaders: createDisabilityLoaders,
  resolvers: disabilityResolvers,
  rules: disabilityRules,
});
