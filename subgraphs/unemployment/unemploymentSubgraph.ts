import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createUnemploymentLoaders } from './loaders.ts';
import { unemploymentMigrations } from './migrations/index.ts';
import { unemploymentRules } from './permissions.ts';
import { createUnemploymentRegistry } from './registry.ts';
import { unemploymentResolvers } from './resolvers.ts';

/** The unemployment subgraph: registration, contracts, offers, insurance benefit, programmes. */
export const unemploymentSubgraph = defineRegistrySubgraph({
  name: 'unemployment',
  schema: readSchemaFile(new URL('../../schema/unemployment.graphql', import.meta.url)),
  migrations: unemploymentMigrations,
  registry: createUnemploymentRegistry,
  loaders: createUnemploymentLoaders,
  resolvers: unemploymentResolvers,
  rules: unemploymentRules,
});
