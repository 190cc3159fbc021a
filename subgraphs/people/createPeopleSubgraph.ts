import { createSubgraphServer, type SubgraphServer } from '../kit/createSubgraphServer.ts';
import { readSubgraphSchema } from '../kit/readSubgraphSchema.ts';
import type { RegistrySubgraphOptions } from '../kit/RegistrySubgraphOptions.ts';
import { createPeopleLoaders, type PeopleLoaders } from './loaders.ts';
import { peoplePermissions } from './permissions.ts';
import { createPopulationRegistry } from './registry.ts';
import { peopleResolvers } from './resolvers.ts';

/** The people subgraph over the population registry: identity, address and family. */
export function createPeopleSubgraph({
  db,
  log,
  authenticate,
}: RegistrySubgraphOptions): SubgraphServer<PeopleLoaders> {
  const registry = createPopulationRegistry(db);
  return createSubgraphServer({
    name: 'people',
    typeDefs: readSubgraphSchema('people'),
    resolvers: peopleResolvers,
    permissions: peoplePermissions,
    createLoaders: () => createPeopleLoaders(registry),
    authenticate,
    log,
  });
}
