import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createPensionsLoaders } from './loaders.ts';
import { pensionsMigrations } from './migrations/index.ts';
import { pensionsRules } from './permissions.ts';
import { createPensionsRegistry } from './registry.ts';
import { pensionsResolvers } from './resolvers.ts';

/** The pensions subgraph over the pensions registry: labour pensions and social allowances. */
export const pensionsSubgraph = defineRegistrySubgraph({
  name: 'pensions',
  schema: readSchemaFile(new URL('../../schema/pensions.graphql', import.meta.url)),
  migrations: pensionsMigrations,
  registry: createPensionsRegistry,
  loaders: createPensionsLoaders,
  resolvers: pensionsResolvers,
  rules: pensionsRules,
});
