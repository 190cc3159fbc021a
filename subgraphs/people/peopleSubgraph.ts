import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createPeopleLoaders } from './loaders.ts';
import { populationMigrations } from './migrations/index.ts';
import { peopleRules } from './permissions.ts';
import { createPopulationRegistry } from './registry.ts';
import { peopleResolvers } from './resolvers.ts';

/** The people subgraph over the population registry: identity, address and family. */
export const peopleSubgraph = defineRegistrySubgraph({
  name: 'people',
  database: 'population',
  schema: readSchemaFile(new URL('../../schema/people.graphql', import.meta.url)),
  migrations: populationMigrations,
  registry: createPopulationRegistry,
  loaders: createPeopleLoaders,
  resolvers: peopleResolvers,
  rules: peopleRules,
});
