import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createServicesLoaders } from './loaders.ts';
import { servicesMigrations } from './migrations/index.ts';
import { servicesRules } from './permissions.ts';
import { createServicesRegistry } from './registry.ts';
import { servicesResolvers } from './resolvers.ts';

/**
 * The services subgraph over DOST's own registry, the service desk: the service catalogue,
 * the centres, visits (queue tickets) and cases; the graph's first writes.
 */
export const servicesSubgraph = defineRegistrySubgraph({
  name: 'services',
  schema: readSchemaFile(new URL('../../schema/services.graphql', import.meta.url)),
  migrations: servicesMigrations,
  registry: createServicesRegistry,
  loaders: createServicesLoaders,
  resolvers: servicesResolvers,
  rules: servicesRules,
});
